/**
 * Categories learned from sealed batch 22's misses (cruise passengers and touring retirees, people on hormone
 * therapy, sickle cell and coeliac disease, East and South-East Asian speakers, rural US English, people who joke
 * and understate, night-shift workers, gardeners and riders, people writing for a flatmate, pasted medicine lists),
 * each tested here in wording written for it (not the batch's), with near-misses of the same family.
 */
import { levelOf, ruleOf } from './loadSafetyData';

describe('a fit told afterwards, with a hedge or by what it left behind', () => {
  it.each([
    'my partner thinks I had some sort of fit overnight, I was jerking about and now my tongue is bitten and sore',
    'woke up with a bitten tongue and I had wet the bed, I am 34 and that never happens, legs cramping too',
    'I bit my tongue in my sleep and I remember nothing of the night, my wife says I was shaking',
  ])('"%s" is a seizure', (text) => {
    expect(ruleOf(text)).toBe('seizure');
  });

  it.each([
    'I bit my tongue eating toast this morning, ouch. Which foods are high in B12?',
    "my toddler wet the bed again last night, she's 3. Does she need more calcium?",
    "I'm kind of fit for my age, do I still need vitamin D in winter?",
    'my dad is very fit for his age at 82, does he still need a vitamin D supplement?',
  ])('"%s" is not alarmed', (text) => {
    expect(['none', 'soon']).toContain(levelOf(text));
  });

  it('"fit for my age" is health, while "fitting for ages" is still a long fit', () => {
    expect(levelOf('my gran was fitting for ages on the kitchen floor and still is not answering')).toBe(
      'emergency',
    );
  });
});

describe('the heart moving oddly, in lay words, with a reason for a potassium problem', () => {
  it.each([
    'two days of sickness and the runs, and I take furosemide. My heart keeps flipping over and stuttering, I feel weak',
    'on spironolactone and a salt substitute, and tonight my heart is thudding and doing somersaults',
    'kidney disease stage 4, my heart feels like a bird in my chest and my legs are heavy',
  ])('"%s" is the emergency of a dangerous potassium', (text) => {
    expect(ruleOf(text)).toBe('dangerous-potassium');
  });

  it('a heart that flutters after three coffees is not', () => {
    expect(
      levelOf(
        'third coffee of the morning and my heart is doing somersaults lol, does caffeine drain magnesium?',
      ),
    ).not.toBe('emergency');
  });
});

describe('what the person could do before, told to show a change now', () => {
  it('aching on a statin on walks "I used to manage" is statin muscle pain, not a past event', () => {
    expect(
      ruleOf(
        'I went on atorvastatin last month and my thighs ache and feel weak on hills I used to manage easily',
      ),
    ).toBe('statin-muscle-pain');
  });

  it('"used to be able to" with a current weakness keeps the weakness current', () => {
    expect(
      levelOf(
        'since starting simvastatin my legs are weak, I used to be able to do the stairs two at a time',
      ),
    ).toBe('soon');
  });

  it('a habit that really is past stays past', () => {
    expect(
      levelOf(
        'I used to get bad cramps on a statin years ago, stopped it, fine now. What foods have potassium?',
      ),
    ).toBe('none');
  });
});

describe('a pasted prescription: "OD" after a dose is once daily', () => {
  it.each([
    'From my discharge sheet: "apixaban 5mg BD, omeprazole 20 mg OD, colecalciferol 800 iu OD". Which foods have magnesium?',
    'my list says levothyroxine 100 mcg OD and ramipril 2.5mg OD, can I take a calcium supplement too?',
  ])('"%s" is no overdose', (text) => {
    expect(ruleOf(text)).not.toBe('overdose');
  });

  it('a dose list does not hide a clot told after it', () => {
    expect(
      ruleOf(
        'Letter says: rivaroxaban 10mg OD for 14 days after my hip op. I ran out on day 6 and now my left calf is swollen, hot and red',
      ),
    ).toBe('one-sided-leg-clot');
  });

  it('an OD that is taken is still an overdose', () => {
    expect(levelOf('my brother took an OD of his tablets an hour ago and is very drowsy')).toBe('emergency');
  });
});

describe('dark urine with sore, weak legs is told as muscle breakdown, not as paralysis', () => {
  it.each([
    'after a 20 mile charity walk in the heat my legs are so weak I can barely climb the stairs and my wee is the colour of cola',
    'fell asleep drunk on the kitchen floor all night, now I can hardly stand, my thighs are agony and my pee is dark brown',
  ])('"%s" gets the reason of muscle breakdown', (text) => {
    expect(ruleOf(text)).toBe('dark-urine-sore-muscles');
  });

  it('legs that suddenly cannot move, with no dark urine, are still the paralysis emergency', () => {
    expect(ruleOf('my legs suddenly went weak and I cannot walk at all, it came on in the last hour')).toBe(
      'sudden-leg-paralysis',
    );
  });
});

describe('a cramp told as a muscle tightening up, and the time spent lying awake after it', () => {
  it('woken night after night by a calf "balling up" is frequent cramps (see a doctor soon)', () => {
    expect(
      ruleOf('for the last month my calf balls up and wakes me every single night, what can I do?'),
    ).toBe('frequent-cramps');
  });

  it.each([
    'a cramp woke me at 4 and then I lay awake for ages, I am shattered. Does magnesium help cramps?',
    'my foot cramped in the night and I was awake for hours afterwards, is that normal?',
  ])('"%s": hours awake are not a cramp lasting hours', (text) => {
    expect(levelOf(text)).not.toBe('urgent');
  });

  it('a cramp that really lasts is still read', () => {
    expect(
      ruleOf('my hamstring has been tightening up for over an hour now and stretching does nothing'),
    ).toBe('cramp-over-ten-minutes');
  });
});

describe('pain that keeps rising in a limb gone tight after a blow', () => {
  it('is compartment syndrome', () => {
    expect(
      ruleOf(
        'took a knee to the thigh in the game, it is tight and swollen now and the pain keeps getting worse',
      ),
    ).toBe('compartment-syndrome');
  });

  it.each([
    'sprained my ankle at netball, the pain keeps getting worse, which vitamin helps healing?',
    'my calf is tight after the match and the pain keeps getting worse, magnesium?',
  ])('"%s" (no tight limb after a blow) is not the emergency', (text) => {
    expect(levelOf(text)).not.toBe('emergency');
  });
});
