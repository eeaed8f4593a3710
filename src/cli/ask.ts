import { contextAfter } from '../engine/contextAfter';
import { createAnswerEngine } from '../engine/createAnswerEngine';
import { createSafetyScreen } from '../safety/createSafetyScreen';
import type { AnswerResult } from '../engine/types';
import { KnowledgeBaseError } from '../knowledge/KnowledgeBaseError';
import { loadKnowledgeBase } from '../knowledge/loadKnowledgeBase';

/**
 * npm run ask -- "question" [--after <entry id>] — prints the engine's decision as JSON without a server:
 * kind, id, title, score and runners-up, so a curator can see how well a question matches.
 */
function main(): number {
  const args = process.argv.slice(2);
  const afterIndex = args.indexOf('--after');
  const after = afterIndex >= 0 ? args.splice(afterIndex, 2)[1] : undefined;
  const question = args.join(' ');
  if (question.trim().length === 0) {
    process.stderr.write('Usage: npm run ask -- "your question" [--after <entry id>]\n');
    return 2;
  }
  try {
    const kb = loadKnowledgeBase();
    const safety = createSafetyScreen(kb.safety);
    const engine = createAnswerEngine(kb, { safety });
    const context = contextAfter(kb, after);
    const analysis = engine.analyzer.analyze(question);
    const result = engine.answer({ text: question, context });
    process.stdout.write(
      `${JSON.stringify({ question, ...describe(result), features: safety.features(question), analysis: { terms: analysis.terms, nutrients: analysis.nutrients, facets: analysis.facets, corrections: analysis.corrections, uncovered: analysis.uncovered } }, null, 2)}\n`,
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

export function describe(result: AnswerResult): Record<string, unknown> {
  switch (result.kind) {
    case 'answer':
      return {
        kind: result.kind,
        id: result.entry.id,
        title: result.entry.title,
        score: result.score,
        also: result.also,
        notice: result.notice?.kind,
        runnersUp: result.runnersUp,
      };
    case 'clarify':
      return {
        kind: result.kind,
        score: result.score,
        notice: result.notice?.kind,
        options: result.options,
        runnersUp: result.runnersUp,
      };
    case 'fallback':
      return {
        kind: result.kind,
        reason: result.reason,
        notice: result.notice?.kind,
        topic: result.topic,
        score: result.score,
        runnersUp: result.runnersUp,
      };
    case 'urgent':
      return {
        kind: result.kind,
        id: result.redFlag.ruleId,
        title: result.redFlag.title,
        level: result.redFlag.level,
        action: result.redFlag.action,
      };
    case 'help':
      return { kind: result.kind, id: result.intent };
  }
}

process.exitCode = main();
