/**
 * The categories learned from sealed batch 57 (Gullah Geechee, Bahamian and Bermudian, Guyanese and Bajan speakers,
 * Shetland and Orkney islanders, Ozark hill people, Norfolk Island and Pitcairn people, people recovering from an
 * eating disorder, sauna-goers and ice-bathers, morticians, canal-boat people), each tested in wording written for
 * it, not the batch's.
 */
import { createWordMatcher } from '../../src/safety/createWordMatcher';
import { levelOf, ruleOf } from './loadSafetyData';

describe('an "-ing" word with its "g" dropped is that word', () => {
  it.each([
    ['my lil girl fittin on the couch right now, what do I do', 'seizure'],
    ['grandpa been shakin an jerkin all over for two minutes an he ain answerin', 'seizure'],
    ['she slurrin her words an her face droopin on one side since supper', 'stroke-signs'],
  ])('"%s" is %s', (text, rule) => {
    expect(ruleOf(text)).toBe(rule);
  });

  it('reads it exactly, but leaves a word that is English as written, and never makes a word the phrases do not use', () => {
    const matcher = createWordMatcher(['fitting', 'making', 'raising', 'stating']);
    expect(matcher.hits('fittin')).toEqual([{ word: 'fitting', exact: true }]);
    expect(matcher.hits('makin')).toContainEqual({ word: 'making', exact: true });
    // "raisin" is a word (the fruit): it is no dropped-g "raising".
    expect(matcher.hits('raisin')).not.toContainEqual({ word: 'raising', exact: true });
    // "statin" is no word of these phrases; "stating" is, but a medicine is never read as it.
    expect(createWordMatcher(['stating', 'statin']).hits('statin')).toEqual([
      { word: 'statin', exact: true },
    ]);
  });
});

describe('Caribbean "cyan" (can\'t) and "ain" (ain\'t), and a double negative, read as they are meant', () => {
  it.each([
    ['after her thyroid op her fingers curl up stiff an she cyan hardly breathe', 'emergency'],
    ['mi cyan hardly breathe an mi chest tight since di morning', 'emergency'],
    [
      'he been on them high vitamin D pills for months, now he throwin up an he aint makin no sense',
      'emergency',
    ],
    ['uncle weak on one side an he ain talkin no sense since this morning', 'emergency'],
  ])('"%s" is %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });

  it.each([
    // The colour, and Scots "ain" (own), stay what they are.
    ['my lips went cyan in the cold sea but came back pink in a minute, is that low iron?', 'none'],
    ['I sleep better in ma ain bed, do magnesium flakes help sleep?', 'none'],
    ['this leaflet is not making no sense to me, how much vitamin D is in salmon?', 'none'],
    ['the numbers on the label are not making any sense, how many mcg is 1000 IU?', 'none'],
  ])('"%s" is %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });
});

describe('breathing told as "hardly" or "barely" with any verb, or none, is trouble breathing', () => {
  it.each([
    ['he barely breathing an grey in the face after the cramps', 'emergency'],
    ["she can't hardly breathe, what do I do", 'emergency'],
  ])('"%s" is %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });

  it('a past illness told with it is not now', () => {
    expect(levelOf('I could hardly breathe when I had covid two years ago, is vitamin D worth taking?')).toBe(
      'none',
    );
  });
});

describe('a fit of temper is no seizure', () => {
  it.each([
    'my husband nearly had a fit when he saw the price of the magnesium spray, is the cheap one the same?',
    "Mum'll have a fit if I spend that much on vitamins, which brand is best value?",
    'the toddler threw a fit in the shop when I would not buy sweets, do kids need a vitamin?',
  ])('"%s" is not alarmed', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('a fit happening now still is', () => {
    expect(ruleOf('my son just had a fit on the floor and is still not answering me')).toBe('seizure');
  });
});

describe('a food whose name is a typo or two from a sign is food', () => {
  it.each([
    'ate a whole plate of chicken tenders and 3 bananas at the party, is that a lot of potassium?',
    'had 6 corn fritters and a mango for lunch, too much potassium?',
    'a big bag of whelks and a tray of clams at the seaside, any B12 in them?',
    'we had whiting with sprouts and limes, does fish have vitamin D?',
  ])('"%s" is not alarmed', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('a fluttering heart with potassium still is', () => {
    expect(
      levelOf('took potassium tablets with my ramipril and now my heart flutters and my legs are weak'),
    ).not.toBe('none');
  });
});

describe('leg pain on walking that lets up when the person sits, in someone with "sugar", is the artery pattern', () => {
  it.each([
    ['I have the sugar and my calf aches walking to church but it lets up when I sit', 'walking-calf-pain'],
    ['my sugar runs high and my leg hurts on walks, eases off once I stop', 'walking-calf-pain'],
  ])('"%s" is %s', (text, rule) => {
    expect(ruleOf(text)).toBe(rule);
  });

  it('sugar as food is no diabetes', () => {
    expect(levelOf('I got sugar in my tea every morning, does that stop me taking in magnesium?')).toBe(
      'none',
    );
  });
});

describe('a red, sore leg from the kicking or shoving of a game is an injury', () => {
  it.each([
    'my shins are red and sore from all the kicking at five-a-side last night, what should I eat to heal?',
    'his thighs went red and tender from the shoving in the scrum, does vitamin C help bruises?',
  ])('"%s" is not alarmed', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('a red, sore, swollen calf with no knock still is', () => {
    expect(levelOf('my left calf is red, sore and swollen since the flight yesterday')).toBe('urgent');
  });
});

describe('the writer owning up to muddling the chat', () => {
  it.each(['right, start over, I muddled that', 'I jumbled it, sorry, let me ask again'])(
    '"%s" is not alarmed',
    (text) => {
      expect(levelOf(text)).toBe('none');
    },
  );

  it('muddled words are still a sign', () => {
    expect(levelOf('since lunch I muddled my words and my arm feels weak')).toBe('emergency');
  });
});
