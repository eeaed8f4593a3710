/**
 * Runs in a worker thread (see loadKnowledgeBaseInWorker): reads, parses and validates the knowledge base, and
 * trains (or reads from their caches) the small-talk model and, when the engine uses them, the entry classifier and
 * the answer check, all
 * off the event loop. Posts back the plain-data base (structured clone) with the models, or the file:line problems.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildMatching } from '../engine/buildMatching';
import { MATCH_DEFAULTS } from '../engine/config';
import {
  classifierFormWords,
  loadOrTrainAnswerCheckFor,
  usesAnswerCheck,
} from '../engine/createAnswerEngine';
import { loadOrTrainEntryClassifier } from '../engine/EntryClassifier';
import { loadOrTrainSmallTalkModel, smallTalkTrainingExamples } from '../engine/SmallTalkModel';
import { labelledTrainingSource } from '../eval/trainingQuestions';
import { loadCachedKnowledgeBase } from '../knowledge/loadCachedKnowledgeBase';
import { createSafetyScreen } from '../safety/createSafetyScreen';
import { PROJECT_ROOT } from '../startup/projectRoot';

const { dir, cacheDir } = workerData as { dir: string; cacheDir?: string };
try {
  const { kb } = loadCachedKnowledgeBase(dir, cacheDir);
  const smallTalk = loadOrTrainSmallTalkModel(smallTalkTrainingExamples(kb)).toJSON();
  // The same classifier the engine would train (a few seconds when the base changed), as its bytes.
  let entryClassifier: Buffer | undefined;
  if (MATCH_DEFAULTS.classifierWeight > 0) {
    const matching = buildMatching(kb, MATCH_DEFAULTS);
    const training = labelledTrainingSource(PROJECT_ROOT);
    entryClassifier = loadOrTrainEntryClassifier(
      kb,
      training,
      (text) => matching.analyzer.analyze(text),
      classifierFormWords(kb),
    ).toBuffer();
    // The answer check is trained here too (its out-of-fold classifiers take seconds) and cached in .cache/models,
    // where the engine built on the main thread reads it.
    if (usesAnswerCheck(MATCH_DEFAULTS))
      loadOrTrainAnswerCheckFor(
        kb,
        { safety: createSafetyScreen(kb.safety), training },
        MATCH_DEFAULTS,
        matching,
      );
  }
  parentPort?.postMessage({ ok: true, kb, smallTalk, entryClassifier });
} catch (error) {
  parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
