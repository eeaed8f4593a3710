/**
 * The curator's report, computed from the service's JSON-line logs (pure: lines in, numbers out). Which
 * questions went unanswered or needed "Did you mean…", what "None of these" was clicked on, how each entry
 * was rated, which entries nobody reached, and which confirmed questions would make good new alternates.
 */
export interface LogLine {
  event?: unknown;
  conversationId?: unknown;
  kind?: unknown;
  id?: unknown;
  options?: unknown;
  question?: unknown;
  via?: unknown;
  viaButton?: unknown;
  entryId?: unknown;
  helpful?: unknown;
  reason?: unknown;
}

export interface QuestionGroup {
  /** The most frequent wording in the group. */
  example: string;
  count: number;
  wordings: string[];
}

export interface CuratorReport {
  lines: number;
  unanswered: QuestionGroup[];
  clarified: QuestionGroup[];
  noneOfThese: Array<{ question: string; offered: string[] }>;
  feedback: Array<{ entryId: string; helpful: number; notHelpful: number }>;
  neverHit: string[];
  suggestedAlternates: Array<{ entryId: string; question: string; count: number }>;
  hits: Map<string, number>;
}

/** Two questions belong together when this share of their words (Jaccard) is common to both. */
const GROUP_SIMILARITY = 0.5;
const TINY_WORDS = new Set([
  'a',
  'an',
  'the',
  'i',
  'my',
  'is',
  'are',
  'do',
  'does',
  'to',
  'of',
  'in',
  'it',
  'and',
  'or',
  'for',
  'me',
  'can',
  'you',
]);

export function analyseLogs(lines: Iterable<LogLine>, entryIds: ReadonlyArray<string>): CuratorReport {
  const unanswered: string[] = [];
  const clarified: string[] = [];
  const noneOfThese: CuratorReport['noneOfThese'] = [];
  const feedback = new Map<string, { helpful: number; notHelpful: number }>();
  const hits = new Map<string, number>();
  /** The last "Did you mean…" per conversation: what a "None of these" or a button click answers. */
  const lastClarify = new Map<string, { question: string; options: string[] }>();
  const confirmed = new Map<string, { entryId: string; question: string; count: number }>();
  let count = 0;

  for (const line of lines) {
    count += 1;
    const conversation = typeof line.conversationId === 'string' ? line.conversationId : '';
    const question = typeof line.question === 'string' ? line.question.trim() : '';
    if (line.event === 'question.unanswered') {
      if (line.via === 'none-of-these') {
        const offered = lastClarify.get(conversation);
        noneOfThese.push({ question: question || offered?.question || '', offered: offered?.options ?? [] });
        lastClarify.delete(conversation);
      } else if (question && line.reason !== 'empty') unanswered.push(question);
      continue;
    }
    if (line.event === 'question.answered') {
      if (line.kind === 'clarify') {
        const options = Array.isArray(line.options)
          ? line.options.filter((o): o is string => typeof o === 'string')
          : [];
        if (question) clarified.push(question);
        lastClarify.set(conversation, { question, options });
      }
      if (line.kind === 'answer' && typeof line.id === 'string') {
        hits.set(line.id, (hits.get(line.id) ?? 0) + 1);
        const offered = lastClarify.get(conversation);
        if (line.viaButton === true && offered?.question && offered.options.includes(line.id)) {
          const key = `${line.id}\u0000${normalise(offered.question)}`;
          const known = confirmed.get(key) ?? { entryId: line.id, question: offered.question, count: 0 };
          known.count += 1;
          confirmed.set(key, known);
        }
        lastClarify.delete(conversation);
      }
      continue;
    }
    if (line.event === 'feedback' && typeof line.entryId === 'string' && typeof line.helpful === 'boolean') {
      const tally = feedback.get(line.entryId) ?? { helpful: 0, notHelpful: 0 };
      if (line.helpful) tally.helpful += 1;
      else tally.notHelpful += 1;
      feedback.set(line.entryId, tally);
    }
  }

  return {
    lines: count,
    unanswered: groupBySimilarity(unanswered),
    clarified: groupBySimilarity(clarified),
    noneOfThese,
    feedback: [...feedback.entries()]
      .map(([entryId, tally]) => ({ entryId, ...tally }))
      .sort(
        (a, b) => b.notHelpful - a.notHelpful || b.helpful - a.helpful || a.entryId.localeCompare(b.entryId),
      ),
    neverHit: entryIds.filter((id) => !hits.has(id)),
    suggestedAlternates: [...confirmed.values()].sort(
      (a, b) => b.count - a.count || a.entryId.localeCompare(b.entryId),
    ),
    hits,
  };
}

/** Greedy single pass: each question joins the first group whose first wording it resembles, else starts one. */
export function groupBySimilarity(questions: ReadonlyArray<string>): QuestionGroup[] {
  const groups: Array<{ words: Set<string>; wordings: Map<string, number> }> = [];
  for (const question of questions) {
    const words = wordsOf(question);
    const home = groups.find((group) => jaccard(group.words, words) >= GROUP_SIMILARITY);
    if (home) home.wordings.set(question, (home.wordings.get(question) ?? 0) + 1);
    else groups.push({ words, wordings: new Map([[question, 1]]) });
  }
  return groups
    .map(({ wordings }) => {
      const sorted = [...wordings.entries()].sort((a, b) => b[1] - a[1]);
      return {
        example: sorted[0]?.[0] ?? '',
        count: sorted.reduce((sum, [, n]) => sum + n, 0),
        wordings: sorted.map(([text]) => text),
      };
    })
    .sort((a, b) => b.count - a.count || a.example.localeCompare(b.example));
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function wordsOf(text: string): Set<string> {
  return new Set(
    normalise(text)
      .split(' ')
      .filter((word) => word && !TINY_WORDS.has(word)),
  );
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}
