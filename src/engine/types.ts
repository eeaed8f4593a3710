import type { Entry } from '../knowledge/KnowledgeBase';
import type { RedFlag, ScopeNotice } from '../safety/types';

/** What a conversation remembers between turns so "what foods have it?" can refer back. */
export interface AnswerContext {
  /** The nutrient the last answer was about, if any. */
  nutrientId?: string;
  /** The entry last answered. */
  entryId?: string;
}

/** One call in, one of these out. */
export interface Question {
  text: string;
  /** Set when a button named the entry: it is answered exactly, never re-searched (after triage). */
  entryId?: string;
  context?: AnswerContext;
  /** BCP-47 locale of the user, for emergency numbers. */
  locale?: string;
}

export interface Candidate {
  id: string;
  title: string;
  score: number;
}

export type IntentName = 'greeting' | 'thanks' | 'help' | 'restart' | 'disclaimer' | 'goodbye';

export type FallbackReason =
  | 'no-match'
  | 'uncovered-topic'
  | 'empty'
  | 'too-long'
  | 'scope'
  | 'none-of-these'
  | 'safety-net'
  | 'unreadable';

export type AnswerResult =
  | {
      kind: 'answer';
      entry: Entry;
      score: number;
      runnersUp: Candidate[];
      /** A second question in the same message, offered as a button. */
      also?: Candidate;
      /** A scope notice shown before the answer (e.g. "I can't recommend a personal dose"). */
      notice?: ScopeNotice;
      /** A `soon` red flag ("see a doctor within days"), said before the answer. */
      soon?: RedFlag;
      context: AnswerContext;
    }
  | {
      kind: 'clarify';
      options: Candidate[];
      score: number;
      runnersUp: Candidate[];
      context: AnswerContext;
      /** A scope notice shown before the options (e.g. "I can't pick a dose for you"). */
      notice?: ScopeNotice;
      /** A `soon` red flag ("see a doctor within days"), said before the options. */
      soon?: RedFlag;
    }
  | {
      kind: 'fallback';
      reason: FallbackReason;
      score: number;
      runnersUp: Candidate[];
      /** The uncovered topic named in the question, e.g. "vitamin C". */
      topic?: string;
      notice?: ScopeNotice;
      /**
       * A `soon` red flag ("see a doctor within days") where the base had no answer: said first, then the closest
       * topics. A `soon` flag is never an `urgent` result.
       */
      soon?: RedFlag;
      /** For `too-long`: the character limit to quote back. */
      limit?: number;
    }
  | { kind: 'urgent'; redFlag: RedFlag }
  | { kind: 'help'; intent: IntentName };

export type AnswerKind = AnswerResult['kind'];

/** The engine's whole surface. */
export interface AnswerEngine {
  answer(question: Question): AnswerResult;
}
