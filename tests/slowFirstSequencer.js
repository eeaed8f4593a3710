const Sequencer = require('@jest/test-sequencer').default;

/**
 * Suites that take minutes, started before the rest. Jest orders suites by the durations of earlier runs, and on a
 * fresh clone (as in CI) it has none: it would start these last, by file size, and the run would wait for them
 * alone at the end. The two cross-validation suites share their work (tests/eval/sharedCrossValidation.ts), so
 * both start at once, one in each worker.
 */
const SLOW = [
  'tests/eval/crossValidation.test.ts',
  'tests/eval/crossValidationDeclines.test.ts',
  'tests/eval/safetyCrossValidation.test.ts',
];

class SlowFirstSequencer extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    const rank = (test) => {
      const at = SLOW.findIndex((suffix) => test.path.replaceAll('\\', '/').endsWith(suffix));
      return at < 0 ? SLOW.length : at;
    };
    // Array.prototype.sort is stable: the rest keep jest's order.
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = SlowFirstSequencer;
