import { join } from 'node:path';
import { createAnswerEngine } from '../src/engine/createAnswerEngine';
import { loadOrTrainSmallTalkModel, smallTalkTrainingExamples } from '../src/engine/SmallTalkModel';
import { safetyTrainingSource } from '../src/eval/safetyCases';
import { labelledTrainingSource } from '../src/eval/trainingQuestions';
import { loadKnowledgeBase } from '../src/knowledge/loadKnowledgeBase';
import { createSafetyScreen } from '../src/safety/createSafetyScreen';
import { loadOrTrainRedFlagNet } from '../src/safety/learned/loadOrTrainRedFlagNet';

/**
 * Before any suite runs: the shipped models (small talk, the learned red-flag net, the entry classifier and the
 * answer check) are read from .cache/models or trained there once, as a first `npm start` does. On a fresh clone
 * every jest worker that starts the service would otherwise train them at the same time, and a suite's
 * 20-second start-up hook could run out on a 2-core machine. Suites that test a cold start use their own empty
 * cache folders, so they still see one.
 */
export default function globalSetup(): void {
  const root = join(__dirname, '..');
  const kb = loadKnowledgeBase();
  loadOrTrainSmallTalkModel(smallTalkTrainingExamples(kb));
  loadOrTrainRedFlagNet(safetyTrainingSource(root));
  createAnswerEngine(kb, { safety: createSafetyScreen(kb.safety), training: labelledTrainingSource(root) });
}
