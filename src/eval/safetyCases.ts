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
 *   own      true when the message is about the writer's own current body (for the safety net);
 *   symptom  false when it tells no symptom the writer has now (a denial, a food question while well, a figure of
 *            speech). The safety-net figure counts own messages not marked `symptom: false`: #10's target is
 *            worded over first-person, current-symptom messages. Batches from 28 on carry it; older ones do not,
 *            so every own message of theirs still counts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from '../framework/zod';
import { formatIssue } from '../knowledge/KnowledgeBaseError';
import { readYamlFile } from '../knowledge/readYamlFile';
import { filesKey } from '../engine/modelCache';
import type { RedFlagTrainingSource } from '../safety/learned/loadOrTrainRedFlagNet';
import type { LabelledText } from '../safety/learned/trainRedFlagNet';
import { loadQuestionSet } from './questionSet';
import { QUESTION_SETS } from './questionSets';
import { loadSafetyEvalCases } from './safetyEval';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by "-"');

export const safetyBatchCaseSchema = z
  .strictObject({
    text: nonEmpty.describe('The message as a person would type it.'),
    expect: z.enum(['emergency', 'urgent', 'soon', 'none']),
    pattern: slug.optional().describe('Clinical pattern name (red flags only).'),
    kind: slug.optional().describe('Near-miss kind (`expect: none` only).'),
    own: z.boolean().optional().describe('About the writer’s own current body.'),
    symptom: z.boolean().optional().describe('Tells a symptom or complaint the writer has now.'),
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
 * their folds beside the others, in no pooled figure, and gates only their near-misses and safety net.
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

/** The batches in tests/eval/safety-fresh/ (in no pooled CV figure), in name order. */
export function loadFreshSafetyBatches(projectDir: string): SafetyBatch[] {
  return loadBatchDir(join(projectDir, SAFETY_FRESH_DIR));
}

/** The batch files of a directory, in name order (none when it is missing). */
function batchFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((file) => file.endsWith('.yaml'))
      .sort();
  } catch {
    return [];
  }
}

function loadBatchDir(dir: string): SafetyBatch[] {
  return batchFiles(dir).map((file) => loadSafetyBatch(join(dir, file), file.replace(/\.yaml$/, '')));
}

/** Red flag = any level above none: what the learned net learns from a batch. */
export const netExamplesOf = (batches: readonly SafetyBatch[]): LabelledText[] =>
  batches.flatMap((batch) => batch.cases.map((c) => ({ text: c.text, redFlag: c.expect !== 'none' })));

/**
 * The matching question sets the learned net also learns from, as benign: everyday questions told with the
 * person's own cramps and medicines ("my doc put me on Lasix and now i pee nonstop and cramp up at night"), which
 * a net that saw only the safety sets raised as red flags. Not the test set, which stays a measure of the shipped
 * engine; the matching cross-validation reads the rules alone, so no held-out matching figure sees the net.
 */
export const NET_EVERYDAY_SETS: readonly string[] = Object.entries(QUESTION_SETS)
  .filter(([name]) => name !== 'test')
  .map(([, path]) => path);

/** Every question of the everyday sets, benign (the sets hold no red flag: they expect an answer, a decline or help). */
export function everydayNetExamples(projectDir: string): LabelledText[] {
  return NET_EVERYDAY_SETS.filter((path) => existsSync(join(projectDir, path))).flatMap((path) =>
    loadQuestionSet(join(projectDir, path), path).map((question) => ({
      text: question.text,
      redFlag: false,
    })),
  );
}

/**
 * What the shipped learned net learns from: every labelled safety message (the original set, the gated batches
 * and the fresh ones) and the everyday question sets, keyed by the files' bytes so a cached net is found without
 * parsing them.
 */
export function safetyTrainingSource(projectDir: string): RedFlagTrainingSource {
  const paths = [
    ORIGINAL_SAFETY_SET,
    ...[SAFETY_BATCH_DIR, SAFETY_FRESH_DIR].flatMap((dir) =>
      batchFiles(join(projectDir, dir)).map((file) => `${dir}/${file}`),
    ),
    ...NET_EVERYDAY_SETS,
  ];
  const files = paths.flatMap((path) => {
    try {
      return [{ path, bytes: readFileSync(join(projectDir, path)) }];
    } catch {
      return [];
    }
  });
  return {
    key: filesKey(files),
    examples: () =>
      netExamplesOf([
        ...(existsSync(join(projectDir, ORIGINAL_SAFETY_SET))
          ? loadSafetyBatches(projectDir)
          : loadBatchDir(join(projectDir, SAFETY_BATCH_DIR))),
        ...loadFreshSafetyBatches(projectDir),
      ]).concat(everydayNetExamples(projectDir)),
  };
}
