/**
 * The safety screen's public surface. A message is triaged for danger signs before any FAQ answer is looked
 * up, and checked for scope (a child, a request for a diagnosis or a personal dose). Callers triage first: an
 * emergency about a child is still an emergency.
 */
import type { Source } from '../knowledge/schema';

export type UrgencyLevel = 'emergency' | 'urgent';

/** A red flag raised by a message. `action` and `why` have their placeholders filled for the locale. */
export interface RedFlag {
  level: UrgencyLevel;
  ruleId: string;
  title: string;
  action: string;
  why: string;
  sources: Source[];
}

/** The message is outside what the knowledge base may answer; `message` is the reply to give instead. */
export interface ScopeNotice {
  kind: 'child' | 'personal-advice';
  ruleId: string;
  message: string;
}

export interface CautionNotice {
  id: string;
  text: string;
  sources: Source[];
}

export interface SafetyScreen {
  /** The most urgent red flag the message describes, or null when it describes none. */
  triage(text: string, locale?: string): RedFlag | null;
  /** A scope notice when the message is about a child or asks for personal medical advice, else null. */
  scope(text: string): ScopeNotice | null;
  /** A caution by id (knowledge/safety.yaml `cautions`), or undefined when no such caution exists. */
  caution(id: string): CautionNotice | undefined;
}
