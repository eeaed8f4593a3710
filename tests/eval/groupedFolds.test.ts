import fc from 'fast-check';
import { groupedFolds, trainingSetsOf } from '../../src/eval/crossValidate';
import { QUESTION_SETS } from '../../src/eval/runEvaluation';
import { CV_GROUPS } from './sharedCrossValidation';

describe('holding the labelled sets out in groups', () => {
  it('deals the sets in turn, so sets written one after another land in different groups', () => {
    expect(groupedFolds(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 3)).toEqual([
      ['a', 'd', 'g'],
      ['b', 'e'],
      ['c', 'f'],
    ]);
  });

  it('puts every set in exactly one group, and never makes an empty group', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 40 }),
        fc.integer({ min: 2, max: 12 }),
        (names, groups) => {
          const folds = groupedFolds(names, groups);
          expect(folds.flat().sort()).toEqual([...names].sort());
          expect(folds.every((fold) => fold.length > 0)).toBe(true);
          expect(folds.length).toBe(Math.min(groups, names.length));
        },
      ),
    );
  });

  it("never trains a group's models on one of its own sets, and trains them on every other set", () => {
    const names = Object.keys(QUESTION_SETS);
    const folds = groupedFolds(names, CV_GROUPS);
    expect(folds).toHaveLength(CV_GROUPS);
    for (const fold of folds) {
      const training = trainingSetsOf(names, fold);
      expect(training.filter((name) => fold.includes(name))).toEqual([]);
      expect([...training, ...fold].sort()).toEqual([...names].sort());
    }
  });

  it('leaves one set out when each set is its own group', () => {
    expect(trainingSetsOf(['test', 'dev', 'dev2'], ['dev'])).toEqual(['test', 'dev2']);
  });
});
