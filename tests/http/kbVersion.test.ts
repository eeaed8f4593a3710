import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../../src/knowledge/loadKnowledgeBase';

describe('kbVersion in /healthz', () => {
  it('is the same for the same files wherever they are, and only file names and contents change it', () => {
    const copy = mkdtempSync(join(tmpdir(), 'kb-version-'));
    try {
      cpSync(join(__dirname, '../../knowledge'), copy, { recursive: true });
      expect(loadKnowledgeBase(copy).version).toBe(loadKnowledgeBase().version);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
