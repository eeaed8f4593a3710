/**
 * Categories learned from sealed batch 20's misses (fishers and offshore workers, hospitality staff, Spanish and
 * Portuguese speakers, Australian and New Zealand English, musicians, nurses and care staff, students,
 * grandparents, Polish and Romanian speakers, voice dictation), each tested here in wording written for it (not the
 * batch's), with near-misses of the same family.
 */
import { levelOf, ruleOf } from './loadSafetyData';

describe('a clot in the lung told in lay words', () => {
  it('pain on breathing in, placed under the ribs or in the side, with a leg after travel', () => {
    expect(
      ruleOf(
        'long coach trip back from Madrid, my left calf is sore and hot, and since this morning there is a stabbing pain in my side when I breathe in',
      ),
    ).toBe('clot-in-lungs');
  });

  it('"puffed" told of the person is out of breath; a puffed-up ankle is only swelling', () => {
    expect(
      ruleOf('calf has been aching since the long haul flight and now I am puffed going up three stairs'),
    ).toBe('clot-in-lungs');
    expect(levelOf('my ankle puffed up a bit after the long flight, both sides the same, no pain')).not.toBe(
      'emergency',
    );
  });
});

describe('a limb pressed against something hard', () => {
  it('pinned or jammed against a rail or a wall, tight and numb, is compartment syndrome', () => {
    expect(
      ruleOf(
        'the forklift jammed my lower leg against the racking an hour ago, it is swelling fast, the pain is unbearable and my toes are tingling and going numb',
      ),
    ).toBe('compartment-syndrome');
  });
});

describe('cauda equina told in a second language', () => {
  it('not feeling the paper when wiping, a bottom "dormant", an accident with urine', () => {
    expect(
      ruleOf(
        'since I carry the boxes my back hurts a lot, and now when I go to the toilet I dont feel the toilet paper, it is strange',
      ),
    ).toBe('cauda-equina');
    expect(ruleOf('my lower back is very painful and my bottom is like dormant since yesterday')).toBe(
      'cauda-equina',
    );
    expect(
      ruleOf('my back hurts since Monday and today I have an accident with the pee, I could not stop it'),
    ).toBe('cauda-equina');
  });

  it('"the two legs" weak with back pain', () => {
    expect(ruleOf('strong back pain since 3 days and the two legs are getting weak')).toBe('cauda-equina');
  });

  it('a foot "asleep" after sitting stays quiet', () => {
    expect(levelOf('my foot is asleep after sitting on it at the concert, it tingles now')).not.toBe(
      'emergency',
    );
  });
});

describe('an overdose told as a supply taken at one time', () => {
  it("a week's or a month's pills in one go, told in a second language", () => {
    expect(ruleOf('my grandmother take the pills of one month at once, now she is very sleepy')).toBe(
      'overdose',
    );
    expect(ruleOf('he swallowed his tablets for two weeks in one go by mistake')).toBe('overdose');
  });

  it('a weekly routine is no overdose', () => {
    expect(levelOf('I fill my pill box for the week every Sunday, is it ok to keep vitamins in it?')).toBe(
      'none',
    );
  });
});

describe('too much vitamin D told with capsules as "caps" and a reason as "coz"', () => {
  it('caps counted a day, with vomiting told as "spewing", is the toxicity rule', () => {
    expect(
      ruleOf(
        'taking 6 of my vit d caps a day for two months coz the doc said I was low in 2023, now spewing every morning and always thirsty',
      ),
    ).toBe('vitamin-d-toxicity');
  });

  it('a reason told in the past does not date the complaint after "coz"', () => {
    expect(
      ruleOf(
        'my thighs ache all the time, been on a statin for 5 weeks coz my cholesterol was high last year',
      ),
    ).toBe('statin-muscle-pain');
  });
});

describe('a change told against before is not the past', () => {
  it('"that I never used to" keeps the complaint now', () => {
    expect(
      ruleOf(
        'started simvastatin in spring. my arms ache and I struggle to lift the crates that I never used to notice',
      ),
    ).toBe('statin-muscle-pain');
  });

  it('a habit given up ("used to smoke") is a risk, not the past', () => {
    expect(
      ruleOf(
        'when I walk to the station my calf cramps and I have to stop, it goes after a minute, I used to smoke',
      ),
    ).toBe('walking-calf-pain');
  });

  it('walking pain that "goes once I rest", or "stops me dead", with a risk', () => {
    expect(ruleOf('diabetic, and walking uphill my calves cramp until I stop, it goes once I rest')).toBe(
      'walking-calf-pain',
    );
  });

  it('a sore slow to heal on the foot, with the homophone "heel"', () => {
    expect(ruleOf("there's a cut on my toe that is taking forever to heel and I'm diabetic")).toBe(
      'walking-calf-pain',
    );
  });
});

describe('being woken with a start', () => {
  it('"jolted awake" by cramps night after night is frequent cramps', () => {
    expect(ruleOf('for weeks my calf cramps have jolted me awake at night, again and again')).toBe(
      'frequent-cramps',
    );
  });
});

describe('near-misses: danger words about things', () => {
  it.each([
    'the coffee machine at work had a complete seizure this morning, anyway my legs ache after my shift, any snacks with magnesium?',
    'there was a clot of custard in the jug, gross. unrelated, my calves ache after standing all day, what helps?',
    'the whole office is paralysed by the IT outage so I am reading up: which foods have potassium?',
    'the city was paralysed by snow so I walked everywhere and got a small cramp in my calf, bananas?',
    'the muscle under my left eye keeps twitching after all this coffee, could it be magnesium?',
  ])('"%s" is not alarmed', (text) => {
    expect(['none', 'soon']).toContain(levelOf(text));
  });

  it('how soon a redness settled is no cramp lasting that long', () => {
    expect(
      levelOf(
        'my legs went red and blotchy after the sauna, back to normal within an hour. I had a small cramp later',
      ),
    ).toBe('none');
  });

  it('a cramp that itself lasted an hour is still the long cramp', () => {
    expect(levelOf('my calf has been cramped for an hour and stretching does nothing')).toBe('urgent');
  });
});
