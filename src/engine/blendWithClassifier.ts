import type { Entry } from '../knowledge/KnowledgeBase';
import type { MatchConfig } from './config';
import { round, toCandidate, type Decided, type DecisionInput } from './decide';
import type { ScoredEntry } from './MatchIndex';
import type { AnswerContext } from './types';

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

/**
 * The top candidate answered on the classifier's word alone, when it gives it at least `classifierAnswer`: for a
 * question the usual decision would ask about or decline, because its words are ones the base never uses (the
 * classifier learned them from people's questions) or its lexical score is low. Null otherwise.
 */
export function answerIfClassifierSure(
  ranked: readonly BlendedEntry[],
  nutrients: readonly string[],
  config: Pick<MatchConfig, 'classifierAnswer' | 'classifierWeight' | 'runnersUp'>,
  contextOf: (entry: Entry, question: DecisionInput) => AnswerContext,
): Decided | null {
  const [top] = ranked;
  if (!top || config.classifierWeight <= 0 || top.probability < config.classifierAnswer) return null;
  return {
    result: {
      kind: 'answer',
      entry: top.entry,
      score: round(top.score),
      runnersUp: ranked.slice(1, config.runnersUp + 1).map(toCandidate),
      context: contextOf(top.entry, { nutrients: [...nutrients], onSubject: true }),
    },
    decision: {
      stage: 'classifier-sure',
      probability: round(top.probability),
      classifierAnswer: config.classifierAnswer,
    },
  };
}
