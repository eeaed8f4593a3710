// First: the modules below are compiled into Node's cache as they load.
import { compileCacheState } from '../startup/enableCompileCache';
import { flushCompileCache } from 'node:module';
import '../createApp';
import { loadCachedKnowledgeBase } from '../knowledge/loadCachedKnowledgeBase';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/loadKnowledgeBase';
import { openIndexCache } from '../startup/indexCache';
import { CACHE_DIR } from '../startup/projectRoot';
import { warmShippedModels } from '../startup/shippedModels';

/**
 * Writes the start-up caches in .cache/ (the service's compiled modules, the validated shipped knowledge base,
 * the small-talk model, the learned red-flag net, the entry classifier, and the engine's and the safety
 * screen's indexes) without starting it: the container image runs this at build time, so every container's
 * first start is as quick as a restart. The service writes the same caches itself on its first start anywhere
 * else.
 */
const { kb, cache } = loadCachedKnowledgeBase(DEFAULT_KNOWLEDGE_DIR, CACHE_DIR);
// Building the engine as the service does trains the models and caches them, and caches its indexes.
const started = process.hrtime.bigint();
const indexes = openIndexCache(CACHE_DIR, kb);
warmShippedModels(kb, indexes.data);
indexes.save();
const engineMs = Number(process.hrtime.bigint() - started) / 1e6;
flushCompileCache();
process.stdout.write(
  `Start-up caches in ${CACHE_DIR}: knowledge base ${kb.version} (${cache}), compiled modules (${compileCacheState}), models and indexes (${indexes.outcome}; engine built in ${Math.round(engineMs)} ms)\n`,
);
