import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../../src/knowledge/loadKnowledgeBase';

const SHIPPED = join(__dirname, '../../knowledge');

/** A copy of the shipped knowledge directory somewhere else, removed after `use`. */
function withCopy(use: (dir: string) => void): void {
  const copy = mkdtempSync(join(tmpdir(), 'kb-version-'));
  try {
    cpSync(SHIPPED, copy, { recursive: true });
    use(copy);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

describe('kbVersion in /healthz', () => {
  it('is the same for the same files wherever they are', () => {
    withCopy((copy) => expect(loadKnowledgeBase(copy).version).toBe(loadKnowledgeBase().version));
  });

  it("changes when any file's contents change, even by a comment that changes no answer", () => {
    const shipped = loadKnowledgeBase().version;
    // coverage.yaml is kb:check's map of the seed article; the service does not load it.
    const yamlFiles = readdirSync(SHIPPED).filter(
      (name) => name.endsWith('.yaml') && name !== 'coverage.yaml',
    );
    expect(yamlFiles.length).toBeGreaterThan(5);
    for (const name of yamlFiles)
      withCopy((copy) => {
        appendFileSync(join(copy, name), '\n# a curator note\n');
        expect({ name, version: loadKnowledgeBase(copy).version }).not.toEqual({ name, version: shipped });
      });
  });
});
