/**
 * Runs in a worker thread (see loadKnowledgeBaseInWorker): reads, parses and validates the knowledge base, and
 * trains (or reads from its cache) the small-talk model, all off the event loop. Posts back the plain-data base
 * (structured clone) with the model's JSON, or the file:line problems.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadOrTrainSmallTalkModel, smallTalkTrainingExamples } from '../engine/SmallTalkModel';
import { loadCachedKnowledgeBase } from '../knowledge/loadCachedKnowledgeBase';

const { dir, cacheDir } = workerData as { dir: string; cacheDir?: string };
try {
  const { kb } = loadCachedKnowledgeBase(dir, cacheDir);
  const smallTalk = loadOrTrainSmallTalkModel(smallTalkTrainingExamples(kb)).toJSON();
  parentPort?.postMessage({ ok: true, kb, smallTalk });
} catch (error) {
  parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
