import { buildMatching } from '../../src/engine/buildMatching';
import { MATCH_DEFAULTS } from '../../src/engine/config';
import { shippedEngine, shippedKb } from '../support/testKit';

// A capitalised word inside a sentence is a name (a place, a person, a brand): typo correction does not turn it into
// a word with another first letter. Worded here, not taken from any measured set.
const { analyzer } = buildMatching(shippedKb(), MATCH_DEFAULTS);
const correctedIn = (text: string) =>
  analyzer.analyze(text).corrections.map(({ from, to }) => `${from}→${to}`);
const engine = shippedEngine();

describe('names are not typos', () => {
  it.each([
    ['what is the weather in Leeds', 'leeds'],
    ['is the pharmacy in Keswick open on Sunday', 'keswick'],
  ])('"%s" keeps "%s"', (text, name) => {
    expect(correctedIn(text).filter((c) => c.startsWith(`${name}→`))).toEqual([]);
  });

  it('a place name is not read as a word of the base, so the question is declined: "what is the weather in Leeds"', () => {
    expect(engine.answer({ text: 'what is the weather in Leeds' }).kind).toBe('fallback');
  });

  it('a capitalised typo of a word with the same first letter is still corrected: "is Magnesum safe"', () => {
    expect(correctedIn('is Magnesum safe while pregnant')).toContain('magnesum→magnesium');
  });
});
