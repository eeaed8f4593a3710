/**
 * The safety screen's public surface. A message is triaged for danger signs before any FAQ answer is looked
 * up, and checked for scope (a child, a request for a diagnosis or a personal dose). Callers triage first: an
 * emergency about a child is still an emergency.
 */
import type { Source } from '../knowledge/schema';

/**
 * emergency: call the local emergency number now; urgent: get care today; soon: book a doctor within days.
 * Ordered most to least urgent.
 */
export const URGENCY_LEVELS = ['emergency', 'urgent', 'soon'] as const;
export type UrgencyLevel = (typeof URGENCY_LEVELS)[number];

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
  /**
   * `safety-net`: the person describes their own current symptoms the bot cannot place (see safetyNet).
   * `unreadable`: the message is mostly in words the screen cannot read (see unreadable).
   */
  kind: 'child' | 'teen' | 'personal-advice' | 'safety-net' | 'unreadable';
  ruleId: string;
  message: string;
}

/**
 * What a message says, feature by feature: each list holds the concept names (knowledge/safety.yaml
 * `features:`) asserted as current, after negation, past, hypothetical and general framing are taken away.
 */
export type ClinicalFeatures = Readonly<Record<string, readonly string[]>>;

/**
 * Whether a message is about something happening now, as the screen reads it: `current` when it asserts a sign
 * the curators named as happening now; `long-standing` when its signs are told as going on for weeks or more
 * ("every night", "for months", "all the time"); `framed` when it names signs but every one is denied, long ago,
 * imagined or general ("no swelling", "I had a clot years ago", "what if…", "what are the signs of…"); `settled`
 * when its only current sign is a cramp (where it was, that it hurt) told as over ("…and it passed", "fine
 * now"); `ordinary-cramp` when its only current signs are those of an everyday cramp (a cramp, where, that it
 * hurt or woke the person: "my legs cramp for no reason at all"), with nothing else noticed; `unknown` when it
 * names none (the screen cannot tell).
 */
export type ConcernReading =
  'current' | 'long-standing' | 'framed' | 'settled' | 'ordinary-cramp' | 'unknown';

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
  /**
   * When the message describes the person's own current symptoms: a notice saying when to get care, for a reply
   * that would otherwise be a decline or a question back. Null otherwise.
   */
  safetyNet(text: string, locale?: string): ScopeNotice | null;
  /**
   * When most words of the message are neither English nor words the screen knows (another language or script),
   * and knowledge/safety.yaml has an `unreadable` reply: that reply, which says when to get care. Null otherwise.
   * `answered`: matching found an answer, so only a message of `answeredMinWords` words or more counts.
   */
  unreadable(text: string, locale?: string, answered?: boolean): ScopeNotice | null;
  /** The clinical features the screen reads in a message (for `npm run ask` and the safety net). */
  features(text: string): ClinicalFeatures;
  /** Whether the message is about a current concern (see ConcernReading). */
  concern(text: string): ConcernReading;
  /**
   * Whether the text names a symptom or an onset (knowledge/safety.yaml `features.symptom` and `features.onset`) in
   * any mood, now, past, denied or general: "runner with numb toes" does, "driver with dodgy knees", "sits all day"
   * and "back on track" do not (a body part, a routine or a duration alone).
   */
  namesSymptom(text: string): boolean;
  /**
   * Whether the message tells, as happening now, a sign a red-flag rule is written over: not only a who, a site, a
   * context or a word that says how, when or how much (`learnedFlag.notSigns`). "one bottle says 25 mcg, the other
   * 1000 IU" and "his B12 came back really high" tell none; the learned net speaks only on a message that does.
   */
  tellsSign(text: string): boolean;
  /** A caution by id (knowledge/safety.yaml `cautions`), or undefined when no such caution exists. */
  caution(id: string): CautionNotice | undefined;
}
