// First: the modules below are compiled into Node's cache as they load.
import { compileCacheState } from '../startup/enableCompileCache';
import { flushCompileCache } from 'node:module';
import '../createApp';
import { CACHE_DIR } from '../startup/projectRoot';
import { warmStartCaches } from '../startup/warmStartCaches';

/**
 * Writes the start-up caches in .cache/ (the service's compiled modules, the validated shipped knowledge base,
 * the small-talk model, the learned red-flag net, the entry classifier, and the engine's and the safety
 * screen's indexes) without starting it: the container image runs this at build time, so every container's
 * first start is as quick as a restart. The service writes the same caches itself on its first start anywhere
 * else.
 */
const { kb, knowledgeCache, indexCache, engineMs } = warmStartCaches();
flushCompileCache();
process.stdout.write(
  `Start-up caches in ${CACHE_DIR}: knowledge base ${kb.version} (${knowledgeCache}), compiled modules (${compileCacheState}), models and indexes (${indexCache}; engine built in ${Math.round(engineMs)} ms)\n`,
);
