import { join } from 'node:path';
import { crossValidate, THRESHOLD_GRID } from '../../src/eval/crossValidate';
import { MATCH_DEFAULTS } from '../../src/engine/config';
import { CV_FLOORS } from '../../src/eval/gates';
import { QUESTION_SETS } from '../../src/eval/runEvaluation';
import { shippedKb } from '../support/testKit';

// Three points of THRESHOLD_GRID keep the test quick: the ones `npm run eval -- --cv` (the whole grid) chooses in
// every fold today with the shipped classifier (subjectMinScore 0.38; 0.34 for dev5, 0.42 for topics), so both
// report the same figures for what ships. If a change moves a fold's choice outside them, the full run shows it in
// its `chosen` column: put the new choice here.
const cv = crossValidate(shippedKb(), join(__dirname, '../..'), QUESTION_SETS, {
  ...THRESHOLD_GRID,
  minScore: [0.55],
  subjectMinScore: [0.34, 0.38, 0.42],
  answerMargin: [0.05],
  subjectMargin: [0.08],
});

// The floors hold what ships: the lexical matcher alone while `classifierWeight` is 0, else the classifier's figures.
const shipped =
  MATCH_DEFAULTS.classifierWeight > 0
    ? { mean: cv.mean, worst: cv.worst }
    : { mean: cv.lexicalMean, worst: cv.lexicalWorst };

describe('leave-one-set-out cross-validation over every labelled set', () => {
  it('holds out each set once', () => {
    expect(cv.folds.map((fold) => fold.held)).toEqual(Object.keys(QUESTION_SETS));
  });

  it(`answers at least ${CV_FLOORS.meanTop1 * 100}% of in-scope questions on average, and no fold below ${CV_FLOORS.worstTop1 * 100}%`, () => {
    expect(shipped.mean.top1).toBeGreaterThanOrEqual(CV_FLOORS.meanTop1);
    expect(shipped.worst.top1).toBeGreaterThanOrEqual(CV_FLOORS.worstTop1);
  });

  it(`declines at least ${CV_FLOORS.worstDeclined * 100}% of out-of-scope questions in every fold`, () => {
    expect(shipped.worst.declined).toBeGreaterThanOrEqual(CV_FLOORS.worstDeclined);
  });

  it(`answers at most ${CV_FLOORS.meanWrong * 100}% confidently wrong on average`, () => {
    expect(shipped.mean.confidentlyWrong).toBeLessThanOrEqual(CV_FLOORS.meanWrong);
  });
});
