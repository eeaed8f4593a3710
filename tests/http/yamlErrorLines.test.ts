import { z } from 'zod';
import { parseYamlText } from '../../src/knowledge/readYamlFile';

/** Curators fix the line the error names; it must be a line of the file, and the one that is wrong. */
describe('YAML syntax errors name the line to fix', () => {
  it.each<[string, string, number]>([
    ['an unterminated quote', 'a: 1\nb: "unterminated\nc: 2\n', 2],
    ['an unclosed flow sequence', 'a: 1\nb: [unclosed\nc: 2\n', 2],
    ['an unclosed flow map at the end of the file', 'a: 1\nb: {c: 1\n\n\n', 2],
    ['a bad indent in the middle', 'list:\n  - x\n - y\nz: 1\n', 3],
  ])('%s', (_name, text, line) => {
    const result = parseYamlText(text, 'knowledge/x.yaml', z.unknown());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.line).toBe(line);
    const lines = text.trimEnd().split('\n').length;
    for (const issue of result.issues) expect(issue.line).toBeLessThanOrEqual(lines);
  });
});
