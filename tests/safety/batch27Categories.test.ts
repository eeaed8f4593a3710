/**
 * The category learned from sealed batch 27's one own complaint without the safety net (care homes, Greek, Italian
 * and Maltese speakers, charity runners, Crohn's and stomas, winter trades, one line at a time, grandchildren writing
 * for a grandparent, chemotherapy, home bakers, people who play symptoms down), tested in wording written for it.
 */
import { levelOf, safetyScreen } from './loadSafetyData';

describe('a bare complaint told with the day that brought it on', () => {
  it.each([
    'feet throbbing and a bit of a headache after a long shift on the wards, what should I drink?',
    'stiff neck and tired after my shift at the depot, is magnesium any use?',
  ])('"%s" gets the safety net', (text) => {
    expect(levelOf(text)).toBe('none');
    expect(safetyScreen().safetyNet(text)).not.toBeNull();
  });

  it('a question about days in general does not', () => {
    expect(safetyScreen().safetyNet('what is a good snack to have after a long day at work?')).toBeNull();
  });
});
