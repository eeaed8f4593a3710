import type { Analyzer } from '../engine/Analyzer';
import { normalizeText, tokenize } from '../text';
import type { Entry, KnowledgeBase } from '../knowledge/KnowledgeBase';
import type { KnowledgeIssue } from '../knowledge/KnowledgeBaseError';
import { fleschKincaidGrade } from './readability';
import type { SeedClaim } from '../knowledge/schema';

export interface LintInput {
  kb: KnowledgeBase;
  analyzer: Analyzer;
  /** The seed article's text, for the verbatim-copy rule. */
  seedText: string;
  claims: readonly SeedClaim[];
  /** Line of each claim in coverage.yaml, for findings. */
  claimLine: (index: number) => number | undefined;
  coverageFile: string;
}

export interface LintSummary {
  entries: number;
  faqEntries: number;
  facetEntries: number;
  nutrients: number;
  sourcesPerDomain: Record<string, number>;
  meanReadingGrade: number;
  maxReadingGrade: number;
  claimsCovered: number;
  claimsTotal: number;
  /**
   * Entries whose sources all come from one site and that do not say why: a warning (listed, not a failure)
   * until a second exists or the entry gives its `singleSourceReason`.
   */
  singleSourceEntries: string[];
  /** Entries that cite one site and say why no second page states their claim (`singleSourceReason`). */
  explainedSingleSourceEntries: Array<{ id: string; reason: string }>;
  /** Sources that state only part of their entry (`backs`): which claims rest on fewer pages than the rest. */
  partialSources: Array<{ id: string; url: string; backs: string }>;
}

/**
 * The answer with every region's text after it: what a reply shows when the user's region is unknown, so the
 * longest a card gets.
 */
function answerWithRegions(entry: Entry): string {
  return [entry.answer, ...entry.regional.map((regional) => regional.text)].join('\n');
}

/** The words of an entry a reader sees as its answer. */
export function answerText(entry: Entry): string {
  return [answerWithRegions(entry), ...entry.points, entry.details ?? '']
    .filter((part) => part.length > 0)
    .join('\n');
}

/** Words the readability rule counts: the answer and its bullet points (details are optional extra). */
function readableText(entry: Entry): string {
  return [answerWithRegions(entry), ...entry.points.map((point) => `- ${point}.`)].join('\n');
}

/** What the card shows before its "More" toggle: the answer (every region's text) and the first `cardPoints` points. */
export function cardText(entry: Entry, cardPoints: number): string {
  return [answerWithRegions(entry), ...entry.points.slice(0, cardPoints).map((point) => `- ${point}.`)].join(
    '\n',
  );
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;
}

/**
 * The answer's first sentence: up to the first line break, or the first . ! ? followed by a space and a
 * capital letter or digit ("2.4 mcg" and "e.g. milk" do not end a sentence).
 */
export function firstSentence(answer: string): string {
  const line = answer.trim().split('\n')[0];
  const end = line.search(/[.!?:](?=\s+["'(]?[A-Z0-9])/);
  return end === -1 ? line : line.slice(0, end + 1);
}

/** The site a source belongs to, for counting independent sources (ods.od.nih.gov, www.nhs.uk, …). */
function sourceSite(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** The allowed domain (knowledge/policy.yaml) a URL's host belongs to, or undefined when it is off the list. */
function allowedDomain(url: string, allowedSourceDomains: readonly string[]): string | undefined {
  const host = new URL(url).hostname;
  return allowedSourceDomains.find((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

const DOSE_INSTRUCTION =
  /\b(?:take|taking|use|try)\s+(?:up\s+to\s+|about\s+|around\s+)?\d[\d,.]*\s*(?:mg|mcg|µg|iu|milligrams?|micrograms?|grams?|g)\b/i;

/** Every quality rule of the knowledge base (issue: "the complete knowledge base"), as located findings. */
export function lintKnowledgeBase(input: LintInput): { findings: KnowledgeIssue[]; summary: LintSummary } {
  const { kb, analyzer } = input;
  const { policy } = kb;
  const findings: KnowledgeIssue[] = [];
  const at = (entry: Entry, message: string) =>
    findings.push({ file: entry.location.file, line: entry.location.line, entryId: entry.id, message });

  const sourcesPerDomain: Record<string, number> = {};
  const grades: number[] = [];
  const singleSourceEntries: string[] = [];
  const explainedSingleSourceEntries: LintSummary['explainedSingleSourceEntries'] = [];
  const partialSources: LintSummary['partialSources'] = [];
  for (const entry of kb.entries) {
    const full = answerText(entry);
    if (entry.alternates.length < policy.minAlternates)
      at(
        entry,
        `has ${entry.alternates.length} alternate phrasings; at least ${policy.minAlternates} are required`,
      );
    // Regional texts carry their own sources (shown only with that text); each is held to the same rules.
    const sources = [...entry.sources, ...entry.regional.flatMap((regional) => regional.sources)];
    for (const source of sources) {
      const domain = allowedDomain(source.url, policy.allowedSourceDomains);
      if (!domain) at(entry, `source "${source.url}" is not on an allowed domain (knowledge/policy.yaml)`);
      else sourcesPerDomain[domain] = (sourcesPerDomain[domain] ?? 0) + 1;
    }
    const text = readableText(entry);
    const cardWords = countWords(cardText(entry, policy.cardPoints));
    if (cardWords > policy.maxAnswerWords)
      at(
        entry,
        `card has ${cardWords} words before "More" (answer + first ${policy.cardPoints} points); at most ${policy.maxAnswerWords}`,
      );
    const opening = firstSentence(entry.answer);
    const openingWords = countWords(opening);
    if (openingWords > policy.maxFirstSentenceWords)
      at(
        entry,
        `first sentence has ${openingWords} words; lead with the answer in at most ${policy.maxFirstSentenceWords} ("${opening.slice(0, 60)}…")`,
      );
    const sites = new Set(sources.map((source) => sourceSite(source.url))).size;
    if (sites < 2 && entry.singleSourceReason)
      explainedSingleSourceEntries.push({ id: entry.id, reason: entry.singleSourceReason });
    else if (sites < 2) singleSourceEntries.push(entry.id);
    else if (entry.singleSourceReason)
      at(entry, `cites ${sites} sites but still says why it has one (singleSourceReason); remove the reason`);
    for (const source of sources)
      if (source.backs) partialSources.push({ id: entry.id, url: source.url, backs: source.backs });
    for (const source of sources) {
      const topic = policy.sourceTopics.find((rule) => source.url.startsWith(rule.urlPrefix));
      const haystack = [entry.title, full, ...entry.tags].join(' ').toLowerCase();
      if (topic && !topic.topics.some((word) => haystack.includes(word.toLowerCase())))
        at(
          entry,
          `cites "${source.url}", which covers ${topic.topics.join(' / ')}, but the entry mentions none of them (knowledge/policy.yaml sourceTopics)`,
        );
    }
    if (entry.origin.kind === 'facet' && entry.origin.facet === 'dailyNeed') {
      const nutrientId = entry.origin.nutrientId;
      const nutrient = kb.nutrients.find((item) => item.id === nutrientId);
      if (!/\bfood\b/i.test(entry.answer) || !/\bdrink\b/i.test(entry.answer))
        at(entry, 'daily-need answer must say the figure is the total from food and drink');
      const hasLimit = nutrient?.facets.upperLimit.table.some((row) => /\d/.test(row.amount)) ?? false;
      if (hasLimit && !/upper limit/i.test(cardText(entry, policy.cardPoints)))
        at(
          entry,
          'daily-need answer must state the supplement upper limit on the card (the nutrient has one)',
        );
    }
    const grade = fleschKincaidGrade(text);
    grades.push(grade);
    if (grade > policy.maxReadingGrade)
      at(entry, `answer reads at grade ${grade.toFixed(1)}; at most ${policy.maxReadingGrade}`);
    if (DOSE_INSTRUCTION.test(full))
      at(
        entry,
        `gives a dose instruction ("${full.match(DOSE_INSTRUCTION)?.[0]}"); state reference intakes as facts instead`,
      );
    if (/supplement/i.test(full)) {
      const cautionText = entry.cautions
        .map((id) => kb.safety.cautions.find((c) => c.id === id)?.text ?? '')
        .join(' ');
      if (!/doctor|pharmacist/i.test(`${full} ${cautionText}`))
        at(entry, 'mentions supplements but does not say to check with a doctor or pharmacist first');
      if (!/kidney|pregnan|medicine|heart|blood pressure|diuretic/i.test(`${full} ${cautionText}`))
        at(
          entry,
          'mentions supplements but names no group for whom they can be dangerous (attach a caution)',
        );
    }
  }

  findings.push(...findNearDuplicateQuestions(kb, analyzer));
  findings.push(...findVerbatimCopies(kb, input.seedText));

  let claimsCovered = 0;
  input.claims.forEach((claim, index) => {
    const issuesBefore = findings.length;
    for (const id of claim.entries) {
      const entry = kb.byId.get(id);
      if (!entry) {
        findings.push({
          file: input.coverageFile,
          line: input.claimLine(index),
          entryId: claim.id,
          message: `maps to unknown entry "${id}"`,
        });
        continue;
      }
      const text = answerText(entry).toLowerCase();
      for (const fact of claim.expect) {
        if (!text.includes(fact.toLowerCase()))
          findings.push({
            file: input.coverageFile,
            line: input.claimLine(index),
            entryId: claim.id,
            message: `entry "${id}" does not state "${fact}"`,
          });
      }
    }
    if (findings.length === issuesBefore) claimsCovered++;
  });

  // A declined topic's "where to look" page is held to the rules of an entry's sources: an allowed site, and,
  // when the page covers one narrow subject (sourceTopics), a topic that names that subject.
  for (const topic of kb.uncoveredTopics) {
    if (!topic.see) continue;
    const { url } = topic.see;
    const where = { file: topic.location.file, line: topic.location.line };
    if (!allowedDomain(url, policy.allowedSourceDomains))
      findings.push({
        ...where,
        message: `uncovered topic "${topic.name}": see "${url}" is not on an allowed domain (knowledge/policy.yaml)`,
      });
    const narrow = policy.sourceTopics.find((rule) => url.startsWith(rule.urlPrefix));
    const named = [topic.name, ...topic.terms].join(' ').toLowerCase();
    if (narrow && !narrow.topics.some((word) => named.includes(word.toLowerCase())))
      findings.push({
        ...where,
        message: `uncovered topic "${topic.name}": see "${url}" covers ${narrow.topics.join(' / ')}, which the topic does not name (knowledge/policy.yaml sourceTopics)`,
      });
  }

  const facetEntries = kb.entries.filter((entry) => entry.origin.kind === 'facet').length;
  const meanReadingGrade = grades.reduce((a, b) => a + b, 0) / Math.max(1, grades.length);
  if (meanReadingGrade > policy.maxMeanReadingGrade)
    findings.push({
      file: 'knowledge/policy.yaml',
      message: `mean reading grade ${meanReadingGrade.toFixed(1)} is above maxMeanReadingGrade ${policy.maxMeanReadingGrade}`,
    });
  return {
    findings,
    summary: {
      entries: kb.entries.length,
      faqEntries: kb.entries.length - facetEntries,
      facetEntries,
      nutrients: kb.nutrients.length,
      sourcesPerDomain,
      meanReadingGrade,
      maxReadingGrade: Math.max(...grades),
      claimsCovered,
      claimsTotal: input.claims.length,
      singleSourceEntries,
      explainedSingleSourceEntries,
      partialSources,
    },
  };
}

/** Two entries asking the same question make matching ambiguous: compare every phrasing pair across entries. */
function findNearDuplicateQuestions(kb: KnowledgeBase, analyzer: Analyzer): KnowledgeIssue[] {
  const phrasings = kb.entries.flatMap((entry) =>
    [entry.title, ...entry.alternates].map((text) => ({
      entry,
      text,
      terms: new Set(analyzer.analyze(text).terms),
    })),
  );
  const findings: KnowledgeIssue[] = [];
  const reported = new Set<string>();
  for (let i = 0; i < phrasings.length; i++) {
    for (let j = i + 1; j < phrasings.length; j++) {
      const a = phrasings[i];
      const b = phrasings[j];
      if (a.entry === b.entry || a.terms.size === 0 || b.terms.size === 0) continue;
      let shared = 0;
      for (const term of a.terms) if (b.terms.has(term)) shared++;
      const similarity = shared / (a.terms.size + b.terms.size - shared);
      const key = `${a.entry.id}|${b.entry.id}`;
      if (similarity > kb.policy.maxQuestionSimilarity && !reported.has(key)) {
        reported.add(key);
        findings.push({
          file: b.entry.location.file,
          line: b.entry.location.line,
          entryId: b.entry.id,
          message: `phrasing "${b.text}" is nearly the same question as "${a.text}" of entry "${a.entry.id}" (similarity ${similarity.toFixed(2)})`,
        });
      }
    }
  }
  return findings;
}

/** Our own words only: any run of N consecutive seed-article words found in an entry is a finding. */
function findVerbatimCopies(kb: KnowledgeBase, seedText: string): KnowledgeIssue[] {
  const size = kb.policy.seedVerbatimWords;
  const seedWords = tokenize(normalizeText(seedText));
  const shingles = new Set<string>();
  for (let i = 0; i + size <= seedWords.length; i++) shingles.add(seedWords.slice(i, i + size).join(' '));
  const findings: KnowledgeIssue[] = [];
  for (const entry of kb.entries) {
    const words = tokenize(normalizeText([entry.title, ...entry.alternates, answerText(entry)].join(' \n ')));
    for (let i = 0; i + size <= words.length; i++) {
      const run = words.slice(i, i + size).join(' ');
      if (shingles.has(run)) {
        findings.push({
          file: entry.location.file,
          line: entry.location.line,
          entryId: entry.id,
          message: `copies ${size} consecutive words of the seed article: "${run}"`,
        });
        break;
      }
    }
  }
  return findings;
}
