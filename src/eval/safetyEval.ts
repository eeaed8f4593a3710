/**
 * Measures the safety screen against labelled messages (tests/eval/safety.yaml). `evaluateSafety` is pure: it
 * takes a screen and the cases and returns the figures the release gates check (sensitivity ≥ 98%, false
 * positive rate ≤ 3%, no emergency answered as merely urgent). `loadSafetyEvalCases` reads and validates the
 * file, naming the line of any bad case.
 */
import { z } from '../framework/zod';
import { formatIssue } from '../knowledge/KnowledgeBaseError';
import { readYamlFile } from '../knowledge/readYamlFile';
import type { SafetyScreen, UrgencyLevel } from '../safety/types';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

export const safetyEvalCaseSchema = z
  .strictObject({
    text: nonEmpty.describe('The message as a person would type it.'),
    expect: z.enum(['emergency', 'urgent', 'none']),
    rule: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .optional()
      .describe('Red-flag rule id expected to fire.'),
    locale: z.string().optional(),
  })
  .refine((c) => (c.expect === 'none') === (c.rule === undefined), {
    message: 'a red-flag case needs `rule:` and a `none` case must not have one',
  });

export const safetyEvalFileSchema = z.strictObject({ cases: z.array(safetyEvalCaseSchema).min(1) });

export type SafetyEvalCase = z.infer<typeof safetyEvalCaseSchema>;

export interface SafetyEvalMiss {
  text: string;
  expected: UrgencyLevel;
  expectedRule: string | undefined;
  /** What the screen said instead: null when it raised no flag. */
  got: { level: UrgencyLevel; ruleId: string } | null;
}

export interface SafetyEvalFalsePositive {
  text: string;
  got: { level: UrgencyLevel; ruleId: string };
}

export interface SafetyEvalReport {
  total: number;
  redFlags: number;
  benign: number;
  /** Share of red-flag cases that raised any flag (0..1). */
  sensitivity: number;
  /** Share of benign cases that raised a flag (0..1). */
  falsePositiveRate: number;
  /** Emergency cases answered only at the urgent level: must be 0. */
  emergencyAsUrgent: number;
  /** Red-flag cases that raised the expected level but a different rule than labelled (informational). */
  otherRule: number;
  /** Red-flag cases with no flag, or an emergency answered as urgent. */
  misses: SafetyEvalMiss[];
  falsePositives: SafetyEvalFalsePositive[];
  /** For each rule id: how many cases labelled with it fired exactly that rule. */
  firedByRule: Record<string, number>;
}

export function evaluateSafety(screen: SafetyScreen, cases: readonly SafetyEvalCase[]): SafetyEvalReport {
  const misses: SafetyEvalMiss[] = [];
  const falsePositives: SafetyEvalFalsePositive[] = [];
  const firedByRule: Record<string, number> = {};
  let redFlags = 0;
  let detected = 0;
  let emergencyAsUrgent = 0;
  let otherRule = 0;
  for (const item of cases) {
    const flag = screen.triage(item.text, item.locale);
    const got = flag === null ? null : { level: flag.level, ruleId: flag.ruleId };
    if (item.expect === 'none') {
      // "See a doctor within days" is not an alarm: a near-miss may get it (slow changes over months).
      if (got !== null && got.level !== 'soon') falsePositives.push({ text: item.text, got });
      continue;
    }
    redFlags += 1;
    if (got !== null) detected += 1;
    const tooLow = item.expect === 'emergency' && got?.level === 'urgent';
    if (tooLow) emergencyAsUrgent += 1;
    if (got === null || tooLow) {
      misses.push({ text: item.text, expected: item.expect, expectedRule: item.rule, got });
      continue;
    }
    if (item.rule !== undefined && got.ruleId === item.rule)
      firedByRule[item.rule] = (firedByRule[item.rule] ?? 0) + 1;
    else if (got.level === item.expect) otherRule += 1;
  }
  const benign = cases.length - redFlags;
  return {
    total: cases.length,
    redFlags,
    benign,
    sensitivity: redFlags === 0 ? 1 : detected / redFlags,
    falsePositiveRate: benign === 0 ? 0 : falsePositives.length / benign,
    emergencyAsUrgent,
    otherRule,
    misses,
    falsePositives,
    firedByRule,
  };
}

/** Reads tests/eval/safety.yaml (or another file of the same shape); throws naming the file and line. */
export function loadSafetyEvalCases(path: string): SafetyEvalCase[] {
  const result = readYamlFile(path, path, safetyEvalFileSchema);
  if (!result.ok)
    throw new Error(`Safety eval cases are invalid:\n${result.issues.map(formatIssue).join('\n')}`);
  return result.value.data.cases;
}
