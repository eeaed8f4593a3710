import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeBaseError } from '../knowledge/KnowledgeBaseError';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledgeBase } from '../knowledge/loadKnowledgeBase';
import { gateResults, renderEvalHtml, renderEvalText } from '../eval/renderEvalReport';
import { crossValidate, renderCrossValidation } from '../eval/crossValidate';
import { crossValidateSafety, passesGates, renderSafetyCv } from '../eval/crossValidateSafety';
import { loadSafetyBatches } from '../eval/safetyCases';
import { crossValidateSmallTalk, renderSmallTalkCv } from '../eval/smallTalkEval';
import { createSafetyScreen } from '../safety/createSafetyScreen';
import { QUESTION_SETS, runEvaluation, type QuestionSetName } from '../eval/runEvaluation';

/**
 * npm run eval -- --safety-cv — leave-one-batch-out cross-validation of triage (every fold, then pooled).
 * npm run eval -- --smalltalk-cv — leave-one-set-out cross-validation of the small-talk model.
 * npm run eval [-- --json] [--dev | --dev2 | … | --dev7 | --cv] — runs a labelled question set (the test set, or
 * the named development set) and the safety set, prints the report (or JSON), and writes
 * artifacts/eval/report.html. Exit code 1 when a gate fails. `--cv` prints leave-one-set-out cross-validation over
 * every labelled set instead (src/eval/crossValidate.ts); `--cv --groups 5` holds the sets out in five groups, as
 * the test suites do (a fraction of the time).
 */
function main(): number {
  const projectDir = join(DEFAULT_KNOWLEDGE_DIR, '..');
  let kb;
  try {
    kb = loadKnowledgeBase();
  } catch (error) {
    if (error instanceof KnowledgeBaseError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  if (process.argv.includes('--safety-cv')) {
    const report = crossValidateSafety(kb, loadSafetyBatches(projectDir));
    process.stdout.write(`${renderSafetyCv(report)}\n`);
    return passesGates(report.pooled.shipped) && report.learnedNetWithinTarget ? 0 : 1;
  }
  if (process.argv.includes('--smalltalk-cv')) {
    process.stdout.write(`${renderSmallTalkCv(crossValidateSmallTalk(kb, createSafetyScreen(kb.safety)))}\n`);
    return 0;
  }
  if (process.argv.includes('--cv')) {
    const groups = groupsArgument(process.argv);
    if (groups === null) {
      process.stderr.write('--groups takes a whole number of groups from 2 up, e.g. --groups 5\n');
      return 2;
    }
    const cv = crossValidate(kb, projectDir, QUESTION_SETS, { groups });
    process.stdout.write(
      process.argv.includes('--json') ? `${JSON.stringify(cv, null, 2)}\n` : `${renderCrossValidation(cv)}\n`,
    );
    return 0;
  }
  const named = process.argv.slice(2).find((arg) => arg.startsWith('--') && arg.slice(2) in QUESTION_SETS);
  const set = named ? (named.slice(2) as QuestionSetName) : 'test';
  const bundle = runEvaluation(kb, projectDir, set);
  const outDir = join(projectDir, 'artifacts', 'eval');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'report.html'), renderEvalHtml(bundle));
  const gates = gateResults(bundle);
  if (process.argv.includes('--json')) {
    process.stdout.write(
      `${JSON.stringify({ ...bundle, gates, matching: { ...bundle.matching, outcomes: bundle.matching.outcomes.filter((o) => !o.correct) } }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(`${renderEvalText(bundle)}\n\nHTML report: artifacts/eval/report.html\n`);
  }
  return gates.every((gate) => gate.pass) ? 0 : 1;
}

/** The number after `--groups` (undefined without it; null when it is not a whole number of at least 2). */
function groupsArgument(argv: readonly string[]): number | undefined | null {
  const at = argv.indexOf('--groups');
  if (at < 0) return undefined;
  const value = Number(argv[at + 1]);
  return Number.isInteger(value) && value >= 2 ? value : null;
}

process.exitCode = main();
