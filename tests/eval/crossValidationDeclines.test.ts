import type { CrossValidation } from '../../src/eval/crossValidate';
import { CV_FLOORS } from '../../src/eval/gates';
import { sharedCrossValidation, shippedFigures } from './sharedCrossValidation';

// This suite and crossValidation.test.ts share the work of measuring the sets (sharedCrossValidation.ts).
let cv: CrossValidation;
beforeAll(async () => {
  cv = await sharedCrossValidation();
}, 60 * 60_000);

const shipped = () => shippedFigures(cv);

describe('leave-one-set-out cross-validation over every labelled set: declines and wrong answers', () => {
  it(`declines at least ${CV_FLOORS.worstDeclined * 100}% of out-of-scope questions in every fold`, () => {
    expect(shipped().worst.declined).toBeGreaterThanOrEqual(CV_FLOORS.worstDeclined);
  });

  it(`answers at most ${CV_FLOORS.meanWrong * 100}% confidently wrong on average`, () => {
    expect(shipped().mean.confidentlyWrong).toBeLessThanOrEqual(CV_FLOORS.meanWrong);
  });
});
