import { join } from 'node:path';
import { evaluateSmallTalk, loadSmallTalkSet } from '../../src/eval/smallTalkEval';
import { shippedEngine } from '../support/testKit';

const engine = shippedEngine();
const root = join(__dirname, '../..');

// Floors just under the figures measured when these sets were added (README). Set 3 was never tuned on; issue 11's
// target is 95% recognised on held-out wording, which the engine does not reach.
describe.each([
  ['smalltalk1', 0.82, 0.97],
  ['smalltalk2', 0.82, 0.97],
  ['smalltalk3', 0.52, 0.97],
])('the independently written small-talk set %s', (name, minRecognised, minKept) => {
  const report = evaluateSmallTalk(engine, loadSmallTalkSet(join(root, `tests/eval/${name}.yaml`)));

  it(`recognises at least ${minRecognised * 100}% of its small talk`, () => {
    expect(report.smallTalk).toBeGreaterThanOrEqual(150);
    expect(report.recognised).toBeGreaterThanOrEqual(minRecognised);
  });

  it(`takes no more than ${Math.round((1 - minKept) * 100)}% of its look-alikes (real questions, other requests) for small talk`, () => {
    expect(report.lookAlikes).toBeGreaterThanOrEqual(80);
    expect(report.lookAlikesKept).toBeGreaterThanOrEqual(minKept);
  });
});
