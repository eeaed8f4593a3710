import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeBaseError } from '../knowledge/KnowledgeBaseError';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledgeBase } from '../knowledge/loadKnowledgeBase';
import { gateResults, renderEvalHtml, renderEvalText } from '../eval/renderEvalReport';
import { runEvaluation } from '../eval/runEvaluation';

/**
 * npm run eval [-- --json] [--dev | --dev2] — runs a labelled question set (the test set, or with --dev the
 * development set used for tuning, or with --dev2 the second development set) and the safety set, prints the report (or JSON), and writes
 * artifacts/eval/report.html. Exit code 1 when a gate fails.
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
  const set = process.argv.includes('--dev2') ? 'dev2' : process.argv.includes('--dev') ? 'dev' : 'test';
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

process.exitCode = main();
