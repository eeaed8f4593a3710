import { join } from 'node:path';
import { crossValidate, THRESHOLD_GRID } from '../../src/eval/crossValidate';
import { CV_FLOORS } from '../../src/eval/gates';
import { QUESTION_SETS } from '../../src/eval/runEvaluation';
import { shippedKb } from '../support/testKit';

// A two-point grid keeps the test quick; `npm run eval -- --cv` searches the whole grid.
const cv = crossValidate(shippedKb(), join(__dirname, '../..'), QUESTION_SETS, {
  ...THRESHOLD_GRID,
  minScore: [0.5],
  subjectMinScore: [0.34, 0.38],
  answerMargin: [0.02],
  subjectMargin: [0.05],
});

describe('leave-one-set-out cross-validation over every labelled set', () => {
  it('holds out each set once', () => {
    expect(cv.folds.map((fold) => fold.held)).toEqual(Object.keys(QUESTION_SETS));
  });

  it(`answers at least ${CV_FLOORS.meanTop1 * 100}% of in-scope questions on average, and no fold below ${CV_FLOORS.worstTop1 * 100}%`, () => {
    expect(cv.mean.top1).toBeGreaterThanOrEqual(CV_FLOORS.meanTop1);
    expect(cv.worst.top1).toBeGreaterThanOrEqual(CV_FLOORS.worstTop1);
  });

  it(`declines at least ${CV_FLOORS.worstDeclined * 100}% of out-of-scope questions in every fold`, () => {
    expect(cv.worst.declined).toBeGreaterThanOrEqual(CV_FLOORS.worstDeclined);
  });

  it(`answers at most ${CV_FLOORS.meanWrong * 100}% confidently wrong on average`, () => {
    expect(cv.mean.confidentlyWrong).toBeLessThanOrEqual(CV_FLOORS.meanWrong);
  });
});
