/**
 * The labelled safety messages, in batches. A batch is one writer's file: tests/eval/safety.yaml (the original
 * tuning set, `rule:` labels) and every tests/eval/safety/*.yaml (the batch format below). Cross-validation
 * holds out one batch at a time, so batch = writer keeps each fold honest about unseen wording.
 *
 * Batch format, per case:
 *   text     the message as a person would type it;
 *   expect   emergency | urgent | soon | none;
 *   pattern  the clinical pattern (red flags only), e.g. dvt, tetany, overdose;
 *   kind     the near-miss kind (`none` only), e.g. past, general, hypothetical, negation, food-amount;
 *   own      true when the message describes the writer's own current symptoms (for the safety net).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { formatIssue } from '../knowledge/KnowledgeBaseError';
import { readYamlFile } from '../knowledge/readYamlFile';
import { loadSafetyEvalCases } from './safetyEval';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by "-"');

export const safetyBatchCaseSchema = z
  .strictObject({
    text: nonEmpty.describe('The message as a person would type it.'),
    expect: z.enum(['emergency', 'urgent', 'soon', 'none']),
    pattern: slug.optional().describe('Clinical pattern name (red flags only).'),
    kind: slug.optional().describe('Near-miss kind (`expect: none` only).'),
    own: z.boolean().optional().describe('The writer’s own current symptoms.'),
    locale: z.string().optional(),
  })
  .refine((c) => (c.expect === 'none' ? c.kind !== undefined : c.pattern !== undefined), {
    message: 'a red-flag case needs `pattern:` and a `none` case needs `kind:`',
  });

export const safetyBatchFileSchema = z.strictObject({ cases: z.array(safetyBatchCaseSchema).min(1) });

export type SafetyBatchCase = z.infer<typeof safetyBatchCaseSchema>;

export interface SafetyBatch {
  /** The file name without `.yaml`, e.g. "original" or "batch-a". */
  name: string;
  cases: SafetyBatchCase[];
}

/** The original set, read into the batch shape: its `rule` is the pattern, its near-misses are unlabelled. */
export const ORIGINAL_SAFETY_SET = 'tests/eval/safety.yaml';
export const SAFETY_BATCH_DIR = 'tests/eval/safety';
/**
 * Fresh batches that were measured once and then tuned on but do not (yet) pass the pooled gates: the CV prints
 * their folds beside the others, and gates none of them.
 */
export const SAFETY_FRESH_DIR = 'tests/eval/safety-fresh';

export function loadSafetyBatch(path: string, name: string): SafetyBatch {
  const result = readYamlFile(path, path, safetyBatchFileSchema);
  if (!result.ok)
    throw new Error(`Safety batch ${path} is invalid:\n${result.issues.map(formatIssue).join('\n')}`);
  return { name, cases: result.value.data.cases };
}

/** Every gated batch, the original set first, then tests/eval/safety/*.yaml in name order. */
export function loadSafetyBatches(projectDir: string): SafetyBatch[] {
  const original: SafetyBatch = {
    name: 'original',
    cases: loadSafetyEvalCases(join(projectDir, ORIGINAL_SAFETY_SET)).map((c) => ({
      text: c.text,
      expect: c.expect,
      ...(c.rule === undefined ? { kind: 'unlabelled' } : { pattern: c.rule }),
      ...(c.locale === undefined ? {} : { locale: c.locale }),
    })),
  };
  return [original, ...loadBatchDir(join(projectDir, SAFETY_BATCH_DIR))];
}

/** The batches in tests/eval/safety-fresh/ (printed by the CV, not gated), in name order. */
export function loadFreshSafetyBatches(projectDir: string): SafetyBatch[] {
  return loadBatchDir(join(projectDir, SAFETY_FRESH_DIR));
}

function loadBatchDir(dir: string): SafetyBatch[] {
  let files: string[] = [];
  try {
    files = readdirSync(dir)
      .filter((file) => file.endsWith('.yaml'))
      .sort();
  } catch {
    files = [];
  }
  return files.map((file) => loadSafetyBatch(join(dir, file), file.replace(/\.yaml$/, '')));
}
