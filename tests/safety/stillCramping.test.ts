/**
 * "Still cramping" holds the cramp inside the not-releasing phrase: a limb still cramping or cramped after more
 * than ten minutes is a cramp that will not release, also when it is asked as a why-question.
 */
import { safetyScreen } from './loadSafetyData';

const screen = safetyScreen();

describe('a limb still cramping after a long time is a cramp that will not release', () => {
  it.each([
    'why is my calf still cramping after half an hour of stretching',
    "why is my foot still cramped, it's been 25 minutes",
    'how come my thigh is still cramping after 15 mins of stretching',
    "my hamstring is still cramped after 20 minutes even though I've stretched it",
  ])('"%s" → urgent (cramp-over-ten-minutes)', (text) => {
    expect(screen.triage(text)).toMatchObject({ level: 'urgent', ruleId: 'cramp-over-ten-minutes' });
  });

  it.each([
    'my calf is still cramping',
    'my calf was still cramping for a few seconds after I stood up, then it went',
    'why do my legs still cramp at night when I eat well?',
  ])('"%s" is not sent to urgent care', (text) => {
    expect(screen.triage(text)?.ruleId).not.toBe('cramp-over-ten-minutes');
  });
});
