import { join } from 'node:path';
import { createAnswerEngine } from '../engine/createAnswerEngine';
import { MATCH_DEFAULTS } from '../engine/config';
import { createSafetyScreen } from '../safety/createSafetyScreen';
import type { KnowledgeBase } from '../knowledge/KnowledgeBase';
import { evaluateMatching } from './evaluateMatching';
import { QUESTION_SETS, type QuestionSetName } from './questionSets';
import { labelledTrainingSource, NOT_TRAINED_ON } from './trainingQuestions';
import { loadQuestionSet } from './questionSet';
import type { EvalBundle } from './renderEvalReport';
import { evaluateSafety, loadSafetyEvalCases } from './safetyEval';

export { QUESTION_SETS, type QuestionSetName } from './questionSets';

/** A question set and the safety set through the engine the service uses; shared by `npm run eval` and tests. */
export function runEvaluation(
  kb: KnowledgeBase,
  projectDir: string,
  questionSet: QuestionSetName = 'test',
): EvalBundle {
  const safety = createSafetyScreen(kb.safety);
  // The classifier learns from every labelled set but the test set; a development set is measured with one that
  // also never saw that set, so each figure is held out.
  const engine = createAnswerEngine(kb, {
    safety,
    training: labelledTrainingSource(projectDir, [...NOT_TRAINED_ON, questionSet]),
  });
  const questions = loadQuestionSet(join(projectDir, QUESTION_SETS[questionSet]), QUESTION_SETS[questionSet]);
  const cases = loadSafetyEvalCases(join(projectDir, 'tests/eval/safety.yaml'));
  return {
    kbVersion: kb.version,
    thresholds: { ...MATCH_DEFAULTS },
    matching: evaluateMatching(engine, kb, questions),
    safety: evaluateSafety(safety, cases),
  };
}
