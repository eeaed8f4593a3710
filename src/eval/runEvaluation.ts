import { join } from 'node:path';
import { createAnswerEngine } from '../engine/createAnswerEngine';
import { MATCH_DEFAULTS } from '../engine/config';
import { createSafetyScreen } from '../engine/safety/createSafetyScreen';
import type { KnowledgeBase } from '../knowledge/KnowledgeBase';
import { evaluateMatching } from './evaluateMatching';
import { loadQuestionSet } from './questionSet';
import type { EvalBundle } from './renderEvalReport';
import { evaluateSafety, loadSafetyEvalCases } from './safetyEval';

/** Both labelled sets through the engine the service uses; shared by `npm run eval` and the gate test. */
export function runEvaluation(kb: KnowledgeBase, projectDir: string): EvalBundle {
  const safety = createSafetyScreen(kb.safety);
  const engine = createAnswerEngine(kb, { safety });
  const questions = loadQuestionSet(
    join(projectDir, 'tests/eval/questions.yaml'),
    'tests/eval/questions.yaml',
  );
  const cases = loadSafetyEvalCases(join(projectDir, 'tests/eval/safety.yaml'));
  return {
    kbVersion: kb.version,
    thresholds: { ...MATCH_DEFAULTS },
    matching: evaluateMatching(engine, kb, questions),
    safety: evaluateSafety(safety, cases),
  };
}
