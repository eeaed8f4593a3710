import { join } from 'node:path';
import { EVAL_GATES } from '../../src/eval/gates';
import { runEvaluation } from '../../src/eval/runEvaluation';
import { shippedKb } from '../support/testKit';

const bundle = runEvaluation(shippedKb(), join(__dirname, '../..'));
const { matching } = bundle;

describe('matching accuracy on the labelled question set (tests/eval/questions.yaml)', () => {
  it('declines at least 95% of out-of-scope questions', () => {
    expect(matching.declined).toBeGreaterThanOrEqual(EVAL_GATES.minDeclined);
  });

  it('answers at most 2% of all questions confidently wrong', () => {
    expect(matching.confidentlyWrong).toBeLessThanOrEqual(EVAL_GATES.maxConfidentlyWrong);
  });

  it('answers at least 95% of in-scope questions directly with an accepted entry', () => {
    expect(matching.top1).toBeGreaterThanOrEqual(EVAL_GATES.minTop1);
  });

  it('answers as well in the middle of a conversation as at its start', () => {
    // Each question asked right after an answer to another entry: the earlier answer must not pull it away.
    expect(matching.midConversation.top1).toBeGreaterThanOrEqual(matching.top1 - 0.02);
    expect(matching.midConversation.declined).toBeGreaterThanOrEqual(EVAL_GATES.minDeclined);
  });

  it('recognises every greeting and small-talk message', () => {
    expect(matching.helpRecognised).toBe(1);
  });

  it('offers the right option in most of its "Did you mean…" questions', () => {
    expect(matching.clarifyRightOffered).toBeGreaterThanOrEqual(0.75);
  });
});
