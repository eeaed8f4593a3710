/**
 * The categories learned from sealed batch 37 (Serbian, Croatian and Bosnian speakers, Pacific Islanders, Appalachian
 * and Texan English, people sleeping rough, GLP-1 injections, CrossFit and rowing, call-centre workers, South African
 * languages, the menopause, autistic adults who write literally), each tested in wording written for it, not the
 * batch's.
 */
import { levelOf, ruleOf, safetyScreen } from './loadSafetyData';

describe('a start dated by the next sentence ("I started X every day. That was months ago.") still goes on', () => {
  it('very high vitamin D doses begun months ago, with the signs now, are vitamin D poisoning', () => {
    expect(
      ruleOf(
        'I began 40,000 IU of vitamin D a day. That was in spring, about four months ago. Now I feel sick most mornings and I keep needing to pee.',
      ),
    ).toMatch(/^vitamin-d-toxicity/);
  });

  it('a course that is over, dated the same way, stays in the past', () => {
    expect(
      levelOf('I took 50,000 IU a day for a month. That was two years ago. I feel fine, how much is safe?'),
    ).toBe('none');
  });
});

describe('tetanus: the neck and back seizing up, or a jab nobody can remember, after a wound', () => {
  it.each([
    'cut my palm on a rusty hinge last week and now my neck and back are seizing up',
    'stood on a nail 8 days ago, jaw getting stiff, honestly could not remember the last time I had a tetanus jab',
    'a thorn went deep into my thumb, my jaw is tight now and I do not recall ever having a booster',
  ])('is an emergency: "%s"', (text) => {
    expect(ruleOf(text)).toBe('tetanus-spreading');
  });

  it.each([
    'my back seized up after lifting boxes, magnesium?',
    'cannot remember when I last had a tetanus jab, do I need one before travelling?',
  ])('with no wound and no sign, no alarm: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('a stroke told by one side of the body, the two sides of the mouth compared, or slowed speech', () => {
  it.each([
    'my right hand and right leg went weak and heavy twenty minutes ago',
    'suddenly my left arm and leg feel numb and heavy',
    "my husband's smile is lower on one side since lunch",
    'her mouth looks uneven since this morning and she is muddled',
    'my speech sounds slow since I got up, is that low B12?',
  ])('is a possible stroke: "%s"', (text) => {
    expect(ruleOf(text)).toBe('stroke-signs');
  });

  it('an arm and a leg named for something else are no stroke', () => {
    expect(levelOf('my left arm and leg have bruises from football')).toBe('none');
  });
});

describe('cramps that wake, counted over a recent span', () => {
  it.each([
    'cramps have woken me 5 of the past 7 nights',
    '4 nights this week my calf cramp woke me up',
    'a foot cramp woke me 3 times in the last week',
  ])('are frequent cramps to see a doctor about soon: "%s"', (text) => {
    expect(ruleOf(text)).toBe('frequent-cramps');
  });

  it('training counted the same way is not', () => {
    expect(levelOf('I train 4 times this week, how much magnesium?')).toBe('none');
  });
});

describe('a common illness of ones own, or a little of a complaint, for the safety net', () => {
  const screen = safetyScreen();
  it.each([
    "I've got a cold, does zinc or vitamin C help?",
    'got a bit of a sore throat',
    "i'm fighting off a bug, should I take B12",
  ])('is an own complaint: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
    expect(screen.safetyNet(text)).not.toBeNull();
  });

  it.each(['can vitamin D stop you catching a cold?', 'is it cold weather that makes cramps worse'])(
    'a cold asked about in general is not: "%s"',
    (text) => {
      expect(screen.safetyNet(text)).toBeNull();
    },
  );
});

describe('a question someone put to the writer, reported, then answered', () => {
  it.each([
    'the pharmacist asked whether my lips tingle. No tingling at all. Which calcium tablets are best?',
    'the physio asked me if my legs ever go numb, the answer was no',
    'the nurse wanted to know whether my hands ever lock into spasm, none of that',
  ])('answered no, is no alarm: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    'The nurse asked if I had chest pain. I do, it hurts when I breathe and my calf is swollen',
    'the GP asked if I had any swelling in my calf. Yes, the left one is swollen and red since the flight',
    'the doctor asked if my calf was swollen, I said no, but now it is swollen and red since the flight',
  ])('answered yes, or told again as now, is still an alarm: "%s"', (text) => {
    expect(levelOf(text)).not.toBe('none');
  });
});

describe('tingling told by the verb ("tingle"), as by "tingling" or "tingly"', () => {
  it('with hands locking into spasm, in someone with kidney disease, is tetany', () => {
    expect(ruleOf('dad has kidney trouble, his hands lock up like claws and his lips also tingle')).toBe(
      'tetany',
    );
  });

  it('with cramps, is cramps with numbness to see a doctor about soon', () => {
    expect(levelOf('my toes tingle and my calves cramp most evenings')).toBe('soon');
  });

  it('asked about in general is no alarm', () => {
    expect(levelOf('do magnesium tablets make your lips tingle?')).toBe('none');
  });
});
