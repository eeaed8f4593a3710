import { describeResult, renderExplanation } from '../../src/cli/renderExplanation';
import { contextAfter } from '../../src/engine/contextAfter';
import { MATCH_DEFAULTS } from '../../src/engine/config';
import { createSafetyScreen } from '../../src/safety/createSafetyScreen';
import { shippedEngine, shippedKb } from '../support/testKit';

const kb = shippedKb();
const engine = shippedEngine();
const safety = createSafetyScreen(kb.safety);
/** What `npm run ask -- "<text>" [--after <id>]` prints. */
const ask = (text: string, after?: string) => {
  const explanation = engine.explain({ text, context: contextAfter(kb, after) });
  return renderExplanation(explanation, describeResult(explanation.result), safety.features(text));
};

describe('npm run ask: why a question gets its answer', () => {
  it('prints the answer, the words read, the nutrient and facet, each candidate with its score parts and the thresholds that decided', () => {
    const printed = ask('how mutch magnesium is too much');
    expect(printed).toContain('Result: kind=answer id=magnesium-upper-limit');
    expect(printed).toContain('typos corrected: mutch → much');
    expect(printed).toMatch(/words: how much magnesium is too much/);
    expect(printed).toContain('nutrients: magnesium');
    expect(printed).toContain('facets cued: upperLimit');
    expect(printed).toMatch(
      / {4}0\.9\d\d {2}magnesium-upper-limit: phrasing 1\.00 \(".+"\), cosine 0\.\d\d, base 0\.\d{3}; /,
    );
    expect(printed).toContain(
      `answerScore ${MATCH_DEFAULTS.answerScore} needs a lead of ${MATCH_DEFAULTS.answerMargin}`,
    );
    expect(printed).toMatch(/decision: top 0\.9\d\d ≥ .* → answer$/m);
  });

  it.each([
    ['what about vitamin c', undefined, 'names "vitamin C", a topic the base does not cover → fallback'],
    [
      'magnesium for migraines',
      undefined,
      'a short question (2 terms) of mostly unknown words: 77% ≥ maxUnknownShare 0.6 → fallback',
    ],
    [
      'what foods have it?',
      'magnesium-daily-need',
      'after magnesium-daily-need: points back, carries #magnesium',
    ],
  ])('"%s" after %s prints %s', (text, after, line) => {
    expect(ask(text, after)).toContain(line);
  });

  it('says small talk and red flags were settled before any matching', () => {
    expect(ask('hi there')).toContain('Result: kind=help id=greeting');
    expect(ask('hi there')).not.toContain('Reading 1');
    expect(ask('my calf is swollen, hot and red after a long flight')).toMatch(
      /Result: kind=urgent[\s\S]*triage: urgent/,
    );
  });
});
