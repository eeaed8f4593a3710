/**
 * "A handful" of tablets is an overdose when it is one event, and a routine when it is told as a habit: several
 * supplements taken every day are a question about supplements, not a poisoning.
 */
import { safetyScreen } from './loadSafetyData';

const screen = safetyScreen();

describe('a handful of tablets swallowed at once is an overdose', () => {
  it.each([
    'my toddler swallowed a handful of my iron tablets',
    'my flatmate took a handful of paracetamol after a row, she seems fine',
    'he grabbed a handful of the gummies and ate them',
    'my son ate a handful of my vitamin D gummies and he is being sick',
    'Dad mixed up his boxes and swallowed a handful of his heart pills at lunch',
  ])('"%s" → emergency (overdose)', (text) => {
    expect(screen.triage(text)).toMatchObject({ level: 'emergency', ruleId: 'overdose' });
  });
});

describe('a handful of supplements taken as a routine is not an overdose', () => {
  it.each([
    'I take a handful of vitamins every morning, is that too many?',
    'taking a handful of supplements for my joints, could any of them clash with my statin?',
    "I've been on a handful of supplements since my op, do any clash with warfarin?",
    'My mum is on a handful of tablets for her heart, can she take magnesium?',
    'a handful of pills with breakfast is my routine now, should magnesium be one of them',
    'ate a handful of almonds for magnesium',
  ])('"%s" is not triaged as an overdose', (text) => {
    expect(screen.triage(text)?.ruleId).not.toBe('overdose');
  });
});
