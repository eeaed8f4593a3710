import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { classifierFormWords } from '../engine/createAnswerEngine';
import { EntryClassifier } from '../engine/EntryClassifier';
import { SmallTalkModel } from '../engine/SmallTalkModel';
import type { KnowledgeBase } from '../knowledge/KnowledgeBase';

/** A knowledge base ready to be adopted, with what the engine would otherwise compute on the event loop. */
export interface LoadedKnowledgeBase {
  kb: KnowledgeBase;
  /** Trained (or read from its cache) in the worker: training takes about a second. */
  smallTalkModel?: SmallTalkModel;
  /** Likewise the entry classifier (several seconds to train when the base changed); absent when the engine has it off. */
  entryClassifier?: EntryClassifier;
}

type WorkerAnswer =
  | { ok: true; kb: KnowledgeBase; smallTalk: unknown; entryClassifier?: Uint8Array }
  | { ok: false; message: string };

/**
 * Loads and validates the knowledge base in a worker thread, and trains its small-talk model and entry classifier
 * there, so the YAML
 * parsing, schema checks and training of a hot reload never hold up requests. The base is plain data (arrays, maps, strings), so it comes back by structured
 * clone, a few milliseconds on the main thread. Rejects with the loader's message (every file:line problem).
 * With `cacheDir`, the worker uses the validated-base cache as start-up does (loadCachedKnowledgeBase).
 */
export function loadKnowledgeBaseInWorker(dir: string, cacheDir?: string): Promise<LoadedKnowledgeBase> {
  const worker = startWorker({ dir, cacheDir });
  return new Promise<LoadedKnowledgeBase>((resolve, reject) => {
    worker.once('message', (answer: WorkerAnswer) =>
      answer.ok
        ? resolve({
            kb: answer.kb,
            smallTalkModel: SmallTalkModel.fromJSON(answer.smallTalk) ?? undefined,
            entryClassifier: answer.entryClassifier
              ? (EntryClassifier.fromBuffer(
                  Buffer.from(
                    answer.entryClassifier.buffer,
                    answer.entryClassifier.byteOffset,
                    answer.entryClassifier.byteLength,
                  ),
                  classifierFormWords(answer.kb),
                ) ?? undefined)
              : undefined,
          })
        : reject(new Error(answer.message)),
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
