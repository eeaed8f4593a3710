/**
 * Runs in a worker thread (see loadKnowledgeBaseInWorker): reads, parses and validates the knowledge base, and
 * trains (or reads from their caches) the small-talk model and, when the engine uses it, the entry classifier, all
 * off the event loop. Posts back the plain-data base (structured clone) with the models, or the file:line problems.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildMatching } from '../engine/buildMatching';
import { MATCH_DEFAULTS } from '../engine/config';
import { classifierFormWords } from '../engine/createAnswerEngine';
import { loadOrTrainEntryClassifier } from '../engine/EntryClassifier';
import { loadOrTrainSmallTalkModel, smallTalkTrainingExamples } from '../engine/SmallTalkModel';
import { labelledTrainingSource } from '../eval/trainingQuestions';
import { loadCachedKnowledgeBase } from '../knowledge/loadCachedKnowledgeBase';
import { PROJECT_ROOT } from '../startup/projectRoot';

const { dir, cacheDir } = workerData as { dir: string; cacheDir?: string };
try {
  const { kb } = loadCachedKnowledgeBase(dir, cacheDir);
  const smallTalk = loadOrTrainSmallTalkModel(smallTalkTrainingExamples(kb)).toJSON();
  // The same classifier the engine would train (a few seconds when the base changed), as its bytes.
  let entryClassifier: Buffer | undefined;
  if (MATCH_DEFAULTS.classifierWeight > 0) {
    const { analyzer } = buildMatching(kb, MATCH_DEFAULTS);
    entryClassifier = loadOrTrainEntryClassifier(
      kb,
      labelledTrainingSource(PROJECT_ROOT),
      (text) => analyzer.analyze(text),
      classifierFormWords(kb),
    ).toBuffer();
  }
  parentPort?.postMessage({ ok: true, kb, smallTalk, entryClassifier });
} catch (error) {
  parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
