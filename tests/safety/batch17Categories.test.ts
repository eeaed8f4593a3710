/**
 * Categories learned from sealed batch 17's misses (grandparents, cancer treatment, supplement enthusiasts, desk
 * workers, South Asian and Welsh English, pet owners, recovery from addiction, jokers, fast phone typing), each
 * tested here in wording written for it (not the batch's), with near-misses of the same family.
 */
import { levelOf } from './loadSafetyData';

describe('a since-cue dates what it follows, not the whole statement', () => {
  it('a wound, a stiff jaw now and no jab "since I was a kid" is an emergency', () => {
    expect(
      levelOf(
        "cut my hand on a rusty nail 5 days ago, now my jaw is stiff and my neck is stiff, haven't had a jab since I was a kid",
      ),
    ).toBe('emergency');
  });

  it('smoking "since I was fifteen" is a risk still going on, so walking calf pain that eases is `soon`', () => {
    expect(
      levelOf(
        "my calf tightens every time I walk up the hill to the shops and eases when I stop. I've smoked since I was 16",
      ),
    ).toBe('soon');
  });

  it('cramps every night "since I was 15" are frequent cramps (`soon`), not the past', () => {
    expect(levelOf("since I was 15 I've had cramps every night")).toBe('soon');
  });

  it('a start given by someone else, then "Since then" opening the next sentence', () => {
    expect(levelOf('The GP gave me atorvastatin three weeks ago. Since then my thighs ache all day.')).toBe(
      'soon',
    );
  });
});

describe('signs told in other words', () => {
  it('a fit told with how long it lasted', () => {
    expect(levelOf('my husband had a fit for about two minutes on the bathroom floor')).toBe('emergency');
  });

  it('an outburst "about" something stays quiet', () => {
    expect(levelOf('my dad had a fit about the parking fine, anyway is vitamin D good for old men?')).toBe(
      'none',
    );
  });

  it('not there "for ages" after a drinking binge is the length of the fit', () => {
    expect(
      levelOf('my brother went stiff on the sofa and was out of it for ages, he stopped the vodka on monday'),
    ).toBe('emergency');
  });

  it('Wernicke: the wrong year, a walk like a young animal, eyes that jiggle, with drinking', () => {
    expect(
      levelOf(
        'my uncle lives on lager and skips meals, tonight he thinks it is 1998 and walks like a baby giraffe',
      ),
    ).toBe('emergency');
    expect(levelOf("mum hasn't eaten in a week and her eyeballs keep jiggling side to side")).toBe(
      'emergency',
    );
  });

  it('a walk like a newborn giraffe after leg day is no alarm and no child', () => {
    expect(levelOf('after leg day I am walking like a newborn giraffe, more protein or magnesium?')).toBe(
      'none',
    );
  });

  it('tetanus: a face stuck in a grin, a jaw told before what it cannot do, a jab dated by an era', () => {
    expect(
      levelOf(
        'stood on a rake on the allotment last week, now my face is stuck in a grin and my jaw I can barely open. last jab was when I was at college',
      ),
    ).toBe('emergency');
  });

  it('compartment syndrome after an animal kick, with pain through the painkillers', () => {
    expect(
      levelOf(
        'got kicked by a cow in the parlour this morning, now my shin is swollen tight and the pain is just as bad even after two co-codamol, my toes are tingly',
      ),
    ).toBe('emergency');
  });

  it('a long lie on a floor named by its room, with little urine', () => {
    expect(
      levelOf(
        'my grandad was on his hallway floor for a day before we found him, his legs are sore and he is hardly weeing',
      ),
    ).toBe('emergency');
  });

  it('tetany: a thumb pulling "in to" the palm, lips that are pins and needles, texting spellings', () => {
    expect(
      levelOf(
        'after my neck op my thumb keeps pulling in to my palm and my lips r pins n needles, breathing ok',
      ),
    ).toBe('urgent');
  });
});

describe('near-misses of the same families', () => {
  it('a risk of clots named with every sign denied is not a clot', () => {
    expect(
      levelOf(
        'I take the pill which ups my risk of clots. My calf aches from running, but no swelling, no heat, no redness, breathing fine',
      ),
    ).toBe('none');
  });

  it('a risk of clots with a swollen hot calf still alarms', () => {
    expect(levelOf('I am on HRT which raises clot risk and my right calf is swollen and hot today')).toBe(
      'urgent',
    );
  });

  it('skin toasted by a fire or a heater is not a clot', () => {
    expect(levelOf('my legs are red and warm from sitting in front of the log burner all night')).toBe(
      'none',
    );
  });

  it('a machine or a game character "having a seizure" or "paralysed"', () => {
    expect(
      levelOf('the office printer has been having a seizure all morning, anyway what foods have B12?'),
    ).toBe('none');
    expect(levelOf('my minecraft character got paralysed by a potion lol, is magnesium safe daily?')).toBe(
      'none',
    );
  });

  it('an overdose asked of food with an adverb between', () => {
    expect(
      levelOf(
        'I ate an entire sharing tub of almonds last night, have I accidentally overdosed on magnesium?',
      ),
    ).toBe('none');
  });

  it('a real word two letters from a sign is that word ("confession" is not "confusion")', () => {
    expect(levelOf('Confession: I had three bananas today, is that too much potassium?')).toBe('none');
  });

  it('"a bit of" a stiff neck is an amount, not a bite', () => {
    expect(
      levelOf('got a bit of a stiff neck from the new pillow, anything to eat that helps muscles?'),
    ).toBe('none');
  });
});

describe('a keyword lookup of a sign (found in dev16: "vitamin d overdose symptoms?")', () => {
  it.each(['magnesium overdose symptoms', 'calcium seizure signs?', 'b12 toxicity symptom'])(
    '"%s" reports nothing',
    (text) => {
      expect(levelOf(text)).toBe('none');
    },
  );

  it('a lookup that names someone, or an amount, is a report', () => {
    expect(levelOf('my son has seizure symptoms')).toBe('emergency');
    expect(levelOf('toddler ate 20 gummies symptoms')).toBe('emergency');
  });
});
