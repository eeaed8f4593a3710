import { contextAfter } from '../engine/contextAfter';
import { shippedAnswerEngine, shippedSafetyScreen } from '../startup/shippedModels';
import { describeResult, renderExplanation } from './renderExplanation';
import { KnowledgeBaseError } from '../knowledge/KnowledgeBaseError';
import { loadKnowledgeBase } from '../knowledge/loadKnowledgeBase';

/**
 * npm run ask -- "question" [--after <entry id>] [--json] — why a question gets the answer it gets, without a
 * server: the steps taken (triage, small talk, scope), each text ranked with its words, terms, nutrients and
 * facets, each candidate's score and the signals behind it, and the decision with the thresholds it compared.
 * `--json` prints the whole explanation (the engine's `explain` call) as JSON.
 */
function main(): number {
  const args = process.argv.slice(2);
  const afterIndex = args.indexOf('--after');
  const after = afterIndex >= 0 ? args.splice(afterIndex, 2)[1] : undefined;
  const jsonIndex = args.indexOf('--json');
  const asJson = jsonIndex >= 0 && args.splice(jsonIndex, 1).length > 0;
  const question = args.join(' ');
  if (question.trim().length === 0) {
    process.stderr.write('Usage: npm run ask -- "your question" [--after <entry id>] [--json]\n');
    return 2;
  }
  try {
    const kb = loadKnowledgeBase();
    const safety = shippedSafetyScreen(kb);
    const engine = shippedAnswerEngine(kb, { safety });
    const explanation = engine.explain({ text: question, context: contextAfter(kb, after) });
    const features = safety.features(question);
    process.stdout.write(
      asJson
        ? `${JSON.stringify({ ...explanation, result: describeResult(explanation.result), features }, null, 2)}\n`
        : `${renderExplanation(explanation, describeResult(explanation.result), features)}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof KnowledgeBaseError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main();
