import type { MatchConfig } from './config';
import { round, type Decided, type DecisionInput } from './decide';
import type { ScoredEntry } from './MatchIndex';

/** A candidate after the classifier's say: its blended score, and the two signals it came from. */
export interface BlendedEntry extends ScoredEntry {
  /** The lexical ranking's score (src/engine/MatchIndex.ts). */
  lexical: number;
  /** The entry classifier's probability (src/engine/EntryClassifier.ts). */
  probability: number;
}

/**
 * The ranking with the entry classifier as one feature: each lexical candidate scores
 * lexical − weight × (best − probability), where `best` is the highest probability the classifier gives any of the
 * candidates, and they are re-ordered by it. The candidate the classifier prefers keeps its lexical score, so the
 * decision's thresholds (in lexical units) still decide whether it is good enough to answer; the others fall by
 * how much less likely the classifier finds them. So the classifier re-orders close candidates and widens (or
 * narrows) the lead the decision reads, and a question nothing matches well is still declined. Only the lexical
 * matcher's candidates take part: it never brings in an entry that shares no word with the question. `weight` 0
 * leaves the ranking as it was.
 */
export function blendWithClassifier(
  ranked: readonly ScoredEntry[],
  probabilityOf: (id: string) => number,
  weight: number,
): BlendedEntry[] {
  if (weight <= 0) return ranked.map((scored) => ({ ...scored, lexical: scored.score, probability: 0 }));
  const probabilities = ranked.map((scored) => probabilityOf(scored.entry.id));
  const best = Math.max(0, ...probabilities);
  return ranked
    .map((scored, i) => ({
      entry: scored.entry,
      score: scored.score - weight * (best - probabilities[i]),
      lexical: scored.score,
      probability: probabilities[i],
    }))
    .sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
}

/** What the classifier's guard needs to know of the question beyond the two rankings. */
export interface GuardInput extends DecisionInput {
  /** A long message's question sentences, read without the story around them. */
  storySentence: boolean;
}

/**
 * The decision with the entry classifier's say, kept to what it is good at. `blended` is the usual decision
 * (src/engine/decide.ts) on the blended ranking; `words` the same decision on the lexical ranking alone. The
 * classifier may re-order candidates and widen or narrow the lead the decision reads, but where it would turn the
 * words' "Did you mean…" or decline into an answer it must itself be sure enough of that answer:
 * - at least `classifierTip`: below it the classifier is guessing among entries the words already found close,
 *   and it is most often wrong where the words were unsure;
 * - and reading the whole question: a long message's question sentence ("could it be the heat?") leaves out the
 *   story its words point into, so there the words' decision stands.
 * Where the words answered, the blended decision stands: the classifier may re-order confident candidates or make
 * a close call a question back. Whether a "Did you mean…" it is sure of should be answered after all is the learned
 * answer check's call (src/engine/AnswerCheck.ts), which replaced a rule answering from a fixed probability.
 */
export function decideWithClassifier(
  blended: Decided,
  words: () => Decided,
  ranked: readonly BlendedEntry[],
  question: GuardInput,
  config: Pick<MatchConfig, 'classifierTip' | 'classifierWeight'>,
): Decided {
  const [top] = ranked;
  if (!top || config.classifierWeight <= 0 || !ranked.some((candidate) => candidate.probability > 0))
    return blended;
  if (blended.result.kind === 'answer') {
    const lexical = words();
    if (lexical.result.kind === 'answer') return blended;
    if (!question.storySentence && top.probability >= config.classifierTip) return blended;
    return {
      result: lexical.result,
      decision: {
        stage: 'classifier-held-back',
        id: top.entry.id,
        probability: round(top.probability),
        classifierTip: config.classifierTip,
        storySentence: question.storySentence,
        words: lexical.decision,
      },
    };
  }
  return blended;
}
