import type { CrossValidation } from '../../src/eval/crossValidate';
import { CV_FLOORS } from '../../src/eval/gates';
import { QUESTION_SETS } from '../../src/eval/runEvaluation';
import { CV_GROUPS, sharedCrossValidation, shippedFigures } from './sharedCrossValidation';

// This suite and crossValidationDeclines.test.ts share the work of measuring the sets (sharedCrossValidation.ts).
let cv: CrossValidation;
beforeAll(async () => {
  cv = await sharedCrossValidation();
}, 60 * 60_000);

const shipped = () => shippedFigures(cv);

describe('leave-one-set-out cross-validation over every labelled set: answers', () => {
  it(`holds out each set once, in ${CV_GROUPS} groups`, () => {
    expect(cv.folds.map((fold) => fold.held)).toEqual(Object.keys(QUESTION_SETS));
    expect(cv.groups).toBe(CV_GROUPS);
  });

  it(`answers at least ${CV_FLOORS.meanTop1 * 100}% of in-scope questions on average, and no fold below ${CV_FLOORS.worstTop1 * 100}%`, () => {
    expect(shipped().mean.top1).toBeGreaterThanOrEqual(CV_FLOORS.meanTop1);
    expect(shipped().worst.top1).toBeGreaterThanOrEqual(CV_FLOORS.worstTop1);
  });
});
