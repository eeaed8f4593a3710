/**
 * Runs in a worker thread (see loadKnowledgeBaseInWorker): reads, parses and validates the knowledge base off
 * the event loop and posts back either the plain-data base (structured clone) or the file:line problems.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadCachedKnowledgeBase } from '../knowledge/loadCachedKnowledgeBase';

const { dir, cacheDir } = workerData as { dir: string; cacheDir?: string };
try {
  parentPort?.postMessage({ ok: true, kb: loadCachedKnowledgeBase(dir, cacheDir).kb });
} catch (error) {
  parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
