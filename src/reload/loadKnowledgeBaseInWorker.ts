import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { KnowledgeBase } from '../knowledge/KnowledgeBase';

type WorkerAnswer = { ok: true; kb: KnowledgeBase } | { ok: false; message: string };

/**
 * Loads and validates the knowledge base in a worker thread, so the YAML parsing and schema checks of a hot
 * reload never hold up requests. The base is plain data (arrays, maps, strings), so it comes back by structured
 * clone, a few milliseconds on the main thread. Rejects with the loader's message (every file:line problem).
 * With `cacheDir`, the worker uses the validated-base cache as start-up does (loadCachedKnowledgeBase).
 */
export function loadKnowledgeBaseInWorker(dir: string, cacheDir?: string): Promise<KnowledgeBase> {
  const worker = startWorker({ dir, cacheDir });
  return new Promise<KnowledgeBase>((resolve, reject) => {
    worker.once('message', (answer: WorkerAnswer) =>
      answer.ok ? resolve(answer.kb) : reject(new Error(answer.message)),
    );
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`knowledge worker stopped (exit ${code}) before answering`)),
    );
  }).finally(() => void worker.terminate());
}

/** From dist/ the worker is plain JavaScript; from the TypeScript sources (tests) it is transpiled as it loads. */
function startWorker(workerData: { dir: string; cacheDir?: string }): Worker {
  if (__filename.endsWith('.js')) return new Worker(join(__dirname, 'knowledgeWorker.js'), { workerData });
  const register = join(__dirname, '../../scripts/registerTs.js');
  const source = join(__dirname, 'knowledgeWorker.ts');
  return new Worker(`require(${JSON.stringify(register)}); require(${JSON.stringify(source)});`, {
    eval: true,
    workerData,
  });
}
