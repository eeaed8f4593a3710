import type { FacetKey } from '../knowledge/schema';
import type { Decision } from './decide';
import type { AnswerResult } from './types';

/** Why one candidate scored what it did. */
export interface CandidateExplanation {
  id: string;
  title: string;
  /** The final score the decision saw. */
  score: number;
  /** The best-matching phrasing (the title or an alternate) and how well it matches (0..1). */
  phrasing: { text: string; match: number };
  /** Cosine with the whole entry (phrasings, tags, answer text). */
  cosine: number;
  /** phrasingShare × phrasing match + (1 − phrasingShare) × cosine, before nutrient and facet evidence. */
  base: number;
  /** How nutrient and facet evidence changed the base score. */
  adjustment: string;
  /** The last answer offered this entry as a follow-up, so it rose by `followUpBonus`. */
  offered: boolean;
  /** The lexical score before the entry classifier's say, and the classifier's probability for the entry. */
  lexical: number;
  probability: number;
}

/** One text the engine matched: the whole message, one of its two questions, or a long story's question. */
export interface ReadingExplanation {
  text: string;
  /** Words after typo correction, and the corrections made. */
  words: string[];
  corrections: Array<{ from: string; to: string }>;
  /** The terms matched: stems, `#nutrient` and `@facet` tokens, stop words dropped. */
  terms: string[];
  nutrients: string[];
  facets: FacetKey[];
  /** Topics the base does not cover, named in the question ("vitamin C"). */
  uncovered: string[];
  /** What the conversation added: a nutrient or facet carried over, and the follow-ups the last answer offered. */
  context: { previous?: string; pointsBack: boolean; offered: string[]; carried: string[] };
  /** Share of the question's term weight that no entry uses at all. */
  unknownShare: number;
  candidates: CandidateExplanation[];
  /** The decision and the thresholds it compared, or what stopped this reading before it. */
  decision: Decision;
  outcome: { kind: AnswerResult['kind']; id?: string; score?: number };
}

/** What `explain(question)` returns: the answer, and how the engine came to it. */
export interface Explanation {
  question: string;
  result: AnswerResult;
  /** What happened, in order: triage, a button, small talk, scope, how the message was split. */
  steps: string[];
  /** Every text ranked, in the order the engine ranked them. */
  readings: ReadingExplanation[];
}
