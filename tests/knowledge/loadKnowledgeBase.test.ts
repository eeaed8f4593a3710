import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledgeBase } from '../../src/knowledge/loadKnowledgeBase';
import { KnowledgeBaseError } from '../../src/knowledge/KnowledgeBaseError';

/** A small, valid FAQ file whose line numbers the tests below rely on. */
const FAQ = `# yaml-language-server: $schema=./schema/faq.schema.json
entries:
  - id: first-entry
    title: Why do legs cramp?
    alternates: [why legs cramp, leg cramp reasons, what makes my legs cramp]
    answer: Many things can cause a cramp.
    sources:
      - title: NHS leg cramps
        url: https://www.nhs.uk/conditions/leg-cramps/
    followUps: [second-entry]
  - id: second-entry
    title: How do I stop a cramp?
    alternates: [stop a cramp, cramp relief, ease a cramp now]
    answer: Stretch the muscle gently.
    sources:
      - title: NHS leg cramps
        url: https://www.nhs.uk/conditions/leg-cramps/
`;

/** A small, valid vocabulary whose line numbers the tests below rely on; "upper limit" is in every facet entry. */
const VOCABULARY = `# yaml-language-server: $schema=./schema/vocabulary.schema.json
categories:
  - name: upper limits
    kind: measurement
    concept: upper limit
    members:
      - ceiling
      - safe ceiling
    sources:
      - title: Magnesium fact sheet (NIH ODS)
        url: https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/
  - name: statins
    kind: medicine
    concept: upper limit
    members:
      - lipitor
    sources:
      - title: Vitamin D fact sheet (NIH ODS)
        url: https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kb-'));
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  // Starters must exist in the small FAQ, and nothing else may point at entries the small FAQ lacks.
  const content = readFileSync(join(dir, 'content.yaml'), 'utf8').replace(
    /starters:\n(?:\s+- .+\n)+/,
    'starters:\n  - first-entry\n  - second-entry\n  - magnesium-foods\n',
  );
  writeFileSync(join(dir, 'content.yaml'), content);
  const safety = readFileSync(join(dir, 'safety.yaml'), 'utf8').replace(
    /(safetyNet:[\s\S]*?topics:\n)(?:\s+- .+\n)+/,
    '$1    - second-entry\n',
  );
  writeFileSync(join(dir, 'safety.yaml'), safety);
  writeFileSync(join(dir, 'faq.yaml'), FAQ);
  writeFileSync(join(dir, 'vocabulary.yaml'), VOCABULARY);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function loadError(): KnowledgeBaseError {
  try {
    loadKnowledgeBase(dir);
  } catch (error) {
    if (error instanceof KnowledgeBaseError) return error;
    throw error;
  }
  throw new Error('expected the knowledge base to be rejected');
}

const faqPath = () => join(dir, 'faq.yaml');
const editFaq = (edit: (text: string) => string) => writeFileSync(faqPath(), edit(FAQ));

describe('loading the knowledge base', () => {
  it('loads the shipped knowledge base with FAQ entries and nine facets per nutrient', () => {
    const kb = loadKnowledgeBase();
    expect(kb.entries.length).toBeGreaterThanOrEqual(100);
    const facets = kb.entries.filter((entry) => entry.origin.kind === 'facet');
    expect(facets.length).toBe(kb.nutrients.length * 9);
    expect(kb.byId.get('magnesium-foods')?.title).toMatch(/magnesium/i);
    expect(kb.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('accepts the small valid fixture', () => {
    expect(loadKnowledgeBase(dir).byId.get('second-entry')?.answer).toBe('Stretch the muscle gently.');
  });

  it('names file, line and entry for a duplicate id', () => {
    editFaq((text) =>
      text
        .replace('id: second-entry', 'id: first-entry')
        .replace('followUps: [second-entry]', 'followUps: []'),
    );
    expect(loadError().message).toMatch(
      /faq\.yaml:11: entry "first-entry": duplicate id \(first defined at .*faq\.yaml:3\)/,
    );
  });

  it('names the missing field and its entry', () => {
    editFaq((text) => text.replace('    answer: Stretch the muscle gently.\n', ''));
    expect(loadError().message).toMatch(/faq\.yaml:11: entry "second-entry": answer is required/);
  });

  it('rejects an empty field', () => {
    editFaq((text) => text.replace('title: How do I stop a cramp?', 'title: "  "'));
    expect(loadError().message).toMatch(/faq\.yaml:12: entry "second-entry": title must not be empty/);
  });

  it('rejects a follow-up to an unknown id', () => {
    editFaq((text) => text.replace('followUps: [second-entry]', 'followUps: [no-such-entry]'));
    expect(loadError().message).toMatch(
      /faq\.yaml:10: entry "first-entry": followUps\[0\] "no-such-entry" is not an entry id/,
    );
  });

  it('rejects a source that is not https', () => {
    editFaq((text) => text.replace('url: https://', 'url: http://'));
    expect(loadError().message).toMatch(/faq\.yaml:9: entry "first-entry": sources\[0\]\.url must be https/);
  });

  it('rejects an unknown key, pointing at the key', () => {
    editFaq((text) => text.replace('    answer: Many things', '    souces: []\n    answer: Many things'));
    expect(loadError().message).toMatch(/faq\.yaml:6: entry "first-entry": unknown key "souces"/);
  });

  it('reports YAML syntax errors with their line', () => {
    editFaq((text) =>
      text.replace(
        'alternates: [stop a cramp, cramp relief, ease a cramp now]',
        'alternates: [stop a cramp, cramp relief',
      ),
    );
    expect(loadError().message).toMatch(/faq\.yaml:\d+: YAML syntax/);
  });

  it('names the line of a word listed twice in language.yaml, and of an item that is not one word', () => {
    const path = join(dir, 'language.yaml');
    const text = readFileSync(path, 'utf8')
      .replace('hedges: [even,', 'hedges: [even, even,')
      .replace('notNegated: [reason,', 'notNegated: [Real reason,');
    writeFileSync(path, text);
    const lineOf = (key: string) => text.split('\n').findIndex((line) => line.startsWith(`${key}:`)) + 1;
    const message = loadError().message;
    expect(message).toContain(`language.yaml:${lineOf('hedges')}: hedges[1] "even" is already listed at [0]`);
    expect(message).toMatch(
      new RegExp(`language\\.yaml:${lineOf('notNegated')}: notNegated\\[0\\] must be one lower-case word`),
    );
  });

  describe('a bad vocabulary file is reported with its file and line', () => {
    const vocabularyPath = () => join(dir, 'vocabulary.yaml');
    const editVocabulary = (edit: (text: string) => string) =>
      writeFileSync(vocabularyPath(), edit(VOCABULARY));

    it('loads the small vocabulary as it is', () => {
      expect(loadKnowledgeBase(dir).vocabulary.categories.map((category) => category.name)).toEqual([
        'upper limits',
        'statins',
      ]);
    });

    it('rejects a member that already means something else: a synonym, a nutrient alias or another category', () => {
      // "charley horse" is a synonym variant of "cramp"; "cobalamin" an alias of B12; "ceilings" is
      // "ceiling" by stem, already in the first category.
      editVocabulary((text) =>
        text.replace('      - lipitor\n', '      - charley horses\n      - cobalamin\n      - ceilings\n'),
      );
      const message = loadError().message;
      expect(message).toContain(
        'vocabulary.yaml:16: member "charley horses" is also a synonym variant of "cramp" in synonyms.yaml',
      );
      expect(message).toContain(
        'vocabulary.yaml:17: member "cobalamin" is also an alias of vitamin-b12 in nutrients.yaml',
      );
      expect(message).toContain('vocabulary.yaml:18: member "ceilings" is already in "upper limits"');
    });

    it('rejects a concept no entry uses, which its members could never reach', () => {
      editVocabulary((text) =>
        text.replace(
          '    concept: upper limit\n    members:\n      - lipitor',
          '    concept: statins\n    members:\n      - lipitor',
        ),
      );
      expect(loadError().message).toContain(
        'vocabulary.yaml:14: category "statins": concept "statins" is used by no entry; name the class in the words the entries use',
      );
    });

    it('rejects a source off the allowed sites, one that is not https, and a category without a source', () => {
      editVocabulary((text) =>
        text
          .replace('https://ods.od.nih.gov/factsheets/VitaminD-', 'https://example.com/factsheets/VitaminD-')
          .replace(
            'https://ods.od.nih.gov/factsheets/Magnesium-',
            'http://ods.od.nih.gov/factsheets/Magnesium-',
          ),
      );
      expect(loadError().message).toMatch(/vocabulary\.yaml:11: .*must be https/);
      editVocabulary((text) =>
        text.replace('https://ods.od.nih.gov/factsheets/VitaminD-', 'https://example.com/VitaminD-'),
      );
      expect(loadError().message).toContain(
        'vocabulary.yaml:19: category "statins": source "https://example.com/VitaminD-HealthProfessional/" is not on an allowed domain (knowledge/policy.yaml)',
      );
      editVocabulary((text) => text.slice(0, text.lastIndexOf('    sources:')));
      expect(loadError().message).toMatch(/vocabulary\.yaml:12: .*sources/);
    });
  });

  it('reports a missing file', () => {
    rmSync(join(dir, 'synonyms.yaml'));
    expect(loadError().message).toMatch(/synonyms\.yaml: file is missing/);
  });

  it('rejects a caution id that safety.yaml does not define', () => {
    editFaq((text) =>
      text.replace(
        '    followUps: [second-entry]',
        '    followUps: [second-entry]\n    cautions: [not-a-caution]',
      ),
    );
    expect(loadError().message).toMatch(
      /faq\.yaml:11: entry "first-entry": cautions\[0\] "not-a-caution" is not a caution id/,
    );
  });

  it('lists every problem at once and never returns a half-loaded base', () => {
    // Two broken references in different places: both are reported in one error.
    editFaq((text) =>
      text.replace(
        '    followUps: [second-entry]',
        '    followUps: [missing-one]\n    cautions: [not-a-caution]',
      ),
    );
    const references = loadError();
    expect(references.issues).toHaveLength(2);
    expect(references.message).toMatch(/followUps\[0\] "missing-one"/);
    expect(references.message).toMatch(/cautions\[0\] "not-a-caution" is not a caution id/);
    // Two schema problems: both are reported too (references are checked once the files are valid).
    editFaq((text) =>
      text
        .replace('url: https://', 'url: http://')
        .replace('    answer: Many things', '    souces: []\n    answer: Many things'),
    );
    const schema = loadError();
    expect(schema.issues.length).toBeGreaterThanOrEqual(2);
    expect(schema.message).toMatch(/must be https/);
    expect(schema.message).toMatch(/unknown key "souces"/);
    expect(() => loadKnowledgeBase(dir)).toThrow(KnowledgeBaseError);
  });
});
