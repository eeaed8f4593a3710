import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { answerText, lintKnowledgeBase } from '../../src/curation/lintKnowledgeBase';
import { buildMatching } from '../../src/engine/buildMatching';
import { MATCH_DEFAULTS } from '../../src/engine/config';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/loadKnowledgeBase';
import { readYamlFile } from '../../src/knowledge/readYamlFile';
import { coverageFileSchema } from '../../src/knowledge/schema';
import { shippedEngine, shippedKb } from '../support/testKit';

const kb = shippedKb();
const engine = shippedEngine();
const { analyzer } = buildMatching(kb, MATCH_DEFAULTS);
const coverage = readYamlFile(
  join(DEFAULT_KNOWLEDGE_DIR, 'coverage.yaml'),
  'knowledge/coverage.yaml',
  coverageFileSchema,
);
if (!coverage.ok) throw new Error(JSON.stringify(coverage.issues));
const claims = coverage.value.data.claims;
const seedText = readFileSync(join(__dirname, '../fixtures/seed-article.txt'), 'utf8');

describe('every claim of the seed article is answerable', () => {
  it.each(claims.map((claim) => [claim.id, claim] as const))('%s', (_id, claim) => {
    const result = engine.answer({ text: claim.question });
    expect(result.kind).toBe('answer');
    if (result.kind !== 'answer') return;
    expect(claim.entries).toContain(result.entry.id);
    const text = answerText(result.entry).toLowerCase();
    for (const fact of claim.expect) expect(text).toContain(fact.toLowerCase());
  });

  it('maps at least 40 claims, covering the key points, the table, the prevention lists and the FAQ', () => {
    expect(claims.length).toBeGreaterThanOrEqual(40);
  });
});

describe('the knowledge-base lint (npm run kb:check)', () => {
  const { findings, summary } = lintKnowledgeBase({
    kb,
    analyzer,
    seedText,
    claims,
    claimLine: (index) => coverage.value.lineOf(['claims', index]),
    coverageFile: coverage.value.file,
  });

  it('finds nothing wrong in the shipped knowledge base', () => {
    expect(
      findings.map((finding) => `${finding.file}:${finding.line} ${finding.entryId}: ${finding.message}`),
    ).toEqual([]);
  });

  it('has at least 100 answerable entries, all sourced, and every claim covered', () => {
    expect(summary.entries).toBeGreaterThanOrEqual(100);
    expect(kb.entries.every((entry) => entry.sources.length > 0)).toBe(true);
    expect(summary.claimsCovered).toBe(summary.claimsTotal);
  });

  it('catches a run of 12 seed-article words copied into an answer', () => {
    const copied = seedText.split(/\s+/).slice(200, 214).join(' ');
    const tampered = {
      ...kb,
      entries: kb.entries.map((entry, i) =>
        i === 0 ? { ...entry, answer: `${entry.answer} ${copied}` } : entry,
      ),
    };
    const result = lintKnowledgeBase({
      kb: tampered,
      analyzer,
      seedText,
      claims: [],
      claimLine: () => undefined,
      coverageFile: '',
    });
    expect(
      result.findings.some((finding) => finding.message.includes('consecutive words of the seed article')),
    ).toBe(true);
  });

  it('catches a dose instruction, an off-list source and a hard-to-read answer', () => {
    const [first] = kb.entries;
    const bad = {
      ...first,
      answer:
        'Take 800 mg of magnesium nightly. Notwithstanding considerable interindividual physiological variability, supplementation demonstrates heterogeneous effectiveness.',
      sources: [{ title: 'Blog', url: 'https://example.com/cramps' }],
    };
    const result = lintKnowledgeBase({
      kb: { ...kb, entries: [bad] },
      analyzer,
      seedText: '',
      claims: [],
      claimLine: () => undefined,
      coverageFile: '',
    });
    const messages = result.findings.map((finding) => finding.message).join('\n');
    expect(messages).toMatch(/dose instruction/);
    expect(messages).toMatch(/not on an allowed domain/);
    expect(messages).toMatch(/reads at grade/);
  });
});

describe("the lint of a declined topic's page (synonyms.yaml uncoveredTopics see)", () => {
  const lintTopics = (uncoveredTopics: typeof kb.uncoveredTopics) =>
    lintKnowledgeBase({
      kb: { ...kb, entries: [], uncoveredTopics },
      analyzer,
      seedText: '',
      claims: [],
      claimLine: () => undefined,
      coverageFile: '',
    }).findings.map((finding) => finding.message);
  const zinc = kb.uncoveredTopics.find((topic) => topic.name === 'zinc')!;

  it('accepts the shipped pages', () => {
    expect(lintTopics(kb.uncoveredTopics)).toEqual([]);
  });

  it('flags a page off the allowed sites', () => {
    expect(lintTopics([{ ...zinc, see: { title: 'Zinc blog', url: 'https://example.com/zinc' } }])).toEqual([
      'uncovered topic "zinc": see "https://example.com/zinc" is not on an allowed domain (knowledge/policy.yaml)',
    ]);
  });

  it('names the file and line of the topic it flags', () => {
    const [finding] = lintKnowledgeBase({
      kb: {
        ...kb,
        entries: [],
        uncoveredTopics: [{ ...zinc, see: { title: 'Zinc', url: 'https://example.com/zinc' } }],
      },
      analyzer,
      seedText: '',
      claims: [],
      claimLine: () => undefined,
      coverageFile: '',
    }).findings;
    expect(finding.file).toBe('knowledge/synonyms.yaml');
    const lines = readFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'synonyms.yaml'), 'utf8').split('\n');
    expect(lines[(finding.line ?? 0) - 1]).toMatch(/- name: zinc$/);
  });

  it("flags another subject's page (a policy.yaml sourceTopics row)", () => {
    const [message] = lintTopics([
      { ...zinc, see: { title: 'Iodine', url: 'https://ods.od.nih.gov/factsheets/Iodine-Consumer/' } },
    ]);
    expect(message).toMatch(
      /uncovered topic "zinc": see ".*Iodine-Consumer\/" covers iodine, which the topic does not name/,
    );
  });
});

describe('the lint rules of issue #12', () => {
  const lintOne = (entries: typeof kb.entries) =>
    lintKnowledgeBase({
      kb: { ...kb, entries },
      analyzer,
      seedText: '',
      claims: [],
      claimLine: () => undefined,
      coverageFile: '',
    });
  const base = kb.byId.get('magnesium-daily-need')!;

  it('flags a first sentence over 25 words and a card over 120 words before "More"', () => {
    const rambling = `${'Magnesium is a mineral that many people ask about when their legs cramp at night and '.repeat(2)}so here is the answer.`;
    const messages = lintOne([
      { ...base, answer: rambling, points: Array.from({ length: 4 }, () => 'word '.repeat(25).trim()) },
    ])
      .findings.map((finding) => finding.message)
      .join('\n');
    expect(messages).toMatch(/first sentence has \d+ words/);
    expect(messages).toMatch(/card has \d+ words before "More"/);
  });

  it('flags a daily-need answer without the food note or the upper limit', () => {
    const messages = lintOne([{ ...base, answer: 'Men need 420 mg of magnesium a day.', points: [] }])
      .findings.map((finding) => finding.message)
      .join('\n');
    expect(messages).toMatch(/total from food and drink/);
    expect(messages).toMatch(/upper limit/);
  });

  it('lists single-source entries as a warning, not a finding', () => {
    const single = { ...base, sources: [base.sources[0]] };
    const result = lintOne([single]);
    expect(result.summary.singleSourceEntries).toEqual([base.id]);
    expect(result.findings.some((finding) => /single/i.test(finding.message))).toBe(false);
  });

  it('lists a single-source entry that says why with its reason instead of warning about it', () => {
    const reason = 'No other allowed page gives these amounts.';
    const result = lintOne([{ ...base, sources: [base.sources[0]], singleSourceReason: reason }]);
    expect(result.summary.singleSourceEntries).toEqual([]);
    expect(result.summary.explainedSingleSourceEntries).toEqual([{ id: base.id, reason }]);
    expect(result.findings).toEqual([]);
  });

  it('flags a reason for one source left on an entry that cites two sites', () => {
    const stale = { ...base, singleSourceReason: 'No other allowed page gives these amounts.' };
    const messages = lintOne([stale])
      .findings.map((finding) => finding.message)
      .join('\n');
    expect(messages).toMatch(/still says why it has one \(singleSourceReason\)/);
  });

  it('lists a source that states only part of its entry, with the part it states', () => {
    const partial = {
      ...base,
      sources: [...base.sources.slice(0, -1), { ...base.sources.at(-1)!, backs: 'the upper limit only' }],
    };
    expect(lintOne([partial]).summary.partialSources).toEqual([
      { id: base.id, url: base.sources.at(-1)!.url, backs: 'the upper limit only' },
    ]);
  });

  it('flags a source cited for a topic the entry never mentions', () => {
    const offTopic = kb.byId.get('what-is-a-leg-cramp')!;
    const messages = lintOne([
      {
        ...offTopic,
        sources: [
          ...offTopic.sources,
          { title: 'Potassium', url: 'https://ods.od.nih.gov/factsheets/Potassium-HealthProfessional/' },
        ],
      },
    ])
      .findings.map((finding) => finding.message)
      .join('\n');
    expect(messages).toMatch(/covers potassium, but the entry mentions none/);
  });
});

describe('the nutrient base', () => {
  const facetQuestions: Array<[string, string]> = [
    ['what does magnesium do for my muscles', 'magnesium-role'],
    ['signs of low vitamin b12', 'vitamin-b12-symptoms'],
    ['can not having enough potassium give you cramps', 'potassium-cramps'],
    ['who is likely to be low in vitamin D', 'vitamin-d-at-risk'],
    ['what foods have calcium in them', 'calcium-foods'],
    ['how much thiamine should an adult get per day', 'thiamin-daily-need'],
    ['how much vitamin d is too much', 'vitamin-d-upper-limit'],
    ['how do they test for low magnesium', 'magnesium-testing'],
    ['is it safe to take potassium pills with blood pressure medicine', 'potassium-cautions'],
  ];
  it.each(facetQuestions)('answers "%s" with the facet %s', (question, id) => {
    const result = engine.answer({ text: question });
    expect(result.kind).toBe('answer');
    if (result.kind === 'answer') expect(result.entry.id).toBe(id);
  });

  it('agrees with the reference figures for adults', () => {
    const text = (id: string) => answerText(kb.byId.get(id)!);
    expect(text('vitamin-d-daily-need')).toMatch(/15 mcg \(600 IU\)/);
    expect(text('vitamin-d-daily-need')).toMatch(/20 mcg \(800 IU\)/);
    expect(text('vitamin-d-upper-limit')).toMatch(/100 mcg \(4,000 IU\)/);
    expect(text('vitamin-b12-daily-need')).toMatch(/2\.4 mcg/);
    expect(text('thiamin-daily-need')).toMatch(/1\.2 mg/);
    expect(text('thiamin-daily-need')).toMatch(/1\.1 mg/);
    expect(text('magnesium-daily-need')).toMatch(/420 mg/);
    expect(text('magnesium-daily-need')).toMatch(/310 mg/);
    expect(text('magnesium-upper-limit')).toMatch(/350 mg/);
    expect(text('potassium-daily-need')).toMatch(/3,400 mg/);
    expect(text('potassium-daily-need')).toMatch(/2,600 mg/);
    expect(text('potassium-daily-need')).not.toMatch(/4,700/);
    expect(text('calcium-daily-need')).toMatch(/1,000 mg/);
    expect(text('calcium-daily-need')).toMatch(/1,200 mg/);
    expect(text('calcium-upper-limit')).toMatch(/2,500 mg/);
    expect(text('calcium-upper-limit')).toMatch(/2,000 mg/);
  });
});
