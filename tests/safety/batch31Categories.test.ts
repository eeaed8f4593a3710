/**
 * The categories learned from sealed batch 31 (Farsi, Dari, Pashto and Hebrew speakers, bodybuilders, rescue
 * volunteers and lifeguards, cerebral palsy and spina bifida, mechanics, lecturers, cardiac rehab, gout, psoriasis on
 * methotrexate), each tested in wording written for it, not the batch's.
 */
import { levelOf, ruleOf, safetyScreen } from './loadSafetyData';

describe('a once-a-week medicine taken every day', () => {
  it('with signs after it is an overdose', () => {
    expect(
      ruleOf(
        'My mum took her weekly tablets every day for five days instead of once a week and now she is vomiting',
      ),
    ).toBe('overdose');
  });
});

describe('what a sign looks like, asked to learn it', () => {
  it.each([
    'What does a fit caused by low sodium look like? I am a first aider',
    'what does a clot in the leg look like on a darker skin?',
  ])('"%s" is not alarmed', (text) => {
    expect(['none', 'soon']).toContain(levelOf(text));
  });
});

describe('a plan or a habit that collapsed is not a person', () => {
  it('"my routine has collapsed" is not a collapse', () => {
    expect(
      levelOf('since the new job my routine has collapsed and I eat crisps for lunch, which vitamins?'),
    ).toBe('none');
  });

  it('a person who has collapsed still is', () => {
    expect(levelOf('the man at the next table has collapsed and is not responding')).toBe('emergency');
  });
});

describe('a sign denied, then urine told as normal, is not "no pee"', () => {
  it('"no pain, wee is a normal colour" is not little urine', () => {
    expect(
      levelOf('thighs stiff after squats but no pain, wee is a normal colour, which protein is best?'),
    ).toBe('none');
  });
});

describe('pain that eases as soon as the person stops, with an artery risk, is the walking-pain pattern', () => {
  it('is seen within days', () => {
    expect(
      levelOf(
        'My calf cramps after a few minutes on the exercise bike and eases once I stop. I smoked for years.',
      ),
    ).toBe('soon');
  });
});

describe('pins and needles that then pass', () => {
  it('are not a weakness that crept up', () => {
    const text =
      'my hands get pins and needles when I lean on my elbows at the desk, then they go. Is it B12?';
    expect(levelOf(text)).toBe('none');
    expect(safetyScreen().safetyNet(text)).not.toBeNull();
  });
});

describe('a seizure told in second-language English (sealed batch 32)', () => {
  it.each([
    'my cousin is shaking strong on the floor and he is not hearing me, what I do?',
    'She fall and bite her tongue, now she is confused and sleepy',
  ])('"%s" is an emergency', (text) => {
    expect(ruleOf(text)).toBe('seizure');
  });

  it('shaking from the cold and not hearing over the wind is not', () => {
    expect(levelOf("I'm shaking from the cold and can't hear anyone over the wind, which soup?")).toBe(
      'none',
    );
  });
});
