import { loadCachedKnowledgeBase } from '../knowledge/loadCachedKnowledgeBase';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/loadKnowledgeBase';
import type { KnowledgeBase } from '../knowledge/KnowledgeBase';
import { openIndexCache } from './indexCache';
import { CACHE_DIR } from './projectRoot';
import { warmShippedModels } from './shippedModels';

export interface WarmedCaches {
  kb: KnowledgeBase;
  /** Whether the knowledge base was read from its cache or validated and written there. */
  knowledgeCache: string;
  /** Whether the engine's and the safety screen's indexes were read from their cache or built and written there. */
  indexCache: string;
  /** How long reading or training the models and building the indexes took. */
  engineMs: number;
}

/**
 * Reads or writes the start-up caches in `cacheDir` as a first start of the service would (the validated knowledge
 * base, the shipped models and the engine's and the safety screen's indexes), without starting it. The caches are
 * keyed by the code that reads them (`codeFingerprint`), so a process warms them for code loaded as it is: the
 * build for the service under `dist/` (`npm run build`, the container image), the sources for the services the
 * tests start through the TypeScript hook (tests/globalSetup.ts).
 */
export function warmStartCaches(knowledgeDir = DEFAULT_KNOWLEDGE_DIR, cacheDir = CACHE_DIR): WarmedCaches {
  const { kb, cache } = loadCachedKnowledgeBase(knowledgeDir, cacheDir);
  const started = process.hrtime.bigint();
  const indexes = openIndexCache(cacheDir, kb);
  // Building the engine as the service does trains the models and caches them, and fills in the indexes.
  warmShippedModels(kb, indexes.data);
  indexes.save();
  const engineMs = Number(process.hrtime.bigint() - started) / 1e6;
  return { kb, knowledgeCache: cache, indexCache: indexes.outcome, engineMs };
}
