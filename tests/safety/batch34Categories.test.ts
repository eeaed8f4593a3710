/**
 * The categories learned from sealed batch 34 (Yoruba, Igbo, Hausa, Burmese, Khmer, Lao, Quebec French and Haitian
 * Creole speakers, winter drivers, choir singers and bell-ringers, astronomers, cystic fibrosis, zookeepers, hospital
 * car parks, parents of adults with Down syndrome), each tested in wording written for it, not the batch's.
 */
import { levelOf, ruleOf, safetyScreen } from './loadSafetyData';

describe('pain gone after a minute or two of standing or sitting', () => {
  it.each([
    'Ex-smoker. My calf seizes up walking the dog and eases off after a minute sitting on a bench, then it comes back',
    'type 2 diabetic, both calves ache on the walk to the bus stop, goes away after a min or two standing still, then same again',
  ])('after walking, with an artery risk, is walking calf pain, seen within days: "%s"', (text) => {
    expect(ruleOf(text)).toBe('walking-calf-pain');
  });
});

describe('"still the same" is one phrase, its words side by side', () => {
  it('a cramp still the same after stretching is one that will not release', () => {
    expect(ruleOf('my calf cramp is still the same after twenty minutes of stretching')).toBe(
      'cramp-over-ten-minutes',
    );
  });

  it('"standing still, then the same" is not', () => {
    expect(
      levelOf('my calf cramps on the stairs, goes if I am standing still, then same again the next flight'),
    ).not.toBe('urgent');
  });
});

describe('a complaint the safety net reads', () => {
  const screen = safetyScreen();
  it.each([
    // the voice, as a singer or speaker feels it
    'throat croaky after choir practice, zinc or vitamin c?',
    'Voice gone hoarse after a week of teaching, is there a vitamin for that',
    // a complaint that will not go
    'a tickly cough that won’t shift since the weekend, which vitamin',
  ])('"%s"', (text) => {
    expect(screen.safetyNet(text)).not.toBeNull();
  });

  it.each(['which vitamins are good for a singer’s voice?', 'I sent you a voice note, did you get it'])(
    'but not the voice in general or a voice note: "%s"',
    (text) => {
      expect(screen.safetyNet(text)).toBeNull();
    },
  );
});
