/**
 * A complaint of the writer's own body told first, then a remedy asked for it as "it" or "them" ("anything to help
 * it heal?"), is about their body now: the safety net applies when the base has no answer. Found in sealed batch
 * 15's misses; tested here in wording written for it.
 */
import { safetyScreen } from './loadSafetyData';

const screen = safetyScreen();

describe('a complaint told, then a remedy asked for "it"', () => {
  it.each([
    "elbow's a bit grazed from the fall, not deep. anything to help it heal quicker?",
    'heels cracked and sore again, what would help them?',
  ])('"%s" gets the safety net', (text) => {
    expect(screen.safetyNet(text)).not.toBeNull();
  });

  it("a remedy asked with no complaint of the writer's own is a topic question", () => {
    expect(screen.safetyNet('what helps a graze heal quickly?')).toBeNull();
  });
});
