// First: the modules below are compiled into Node's cache as they load.
import { compileCacheState } from '../startup/enableCompileCache';
import { flushCompileCache } from 'node:module';
import '../createApp';
import { loadCachedKnowledgeBase } from '../knowledge/loadCachedKnowledgeBase';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/loadKnowledgeBase';
import { openIndexCache } from '../startup/indexCache';
import { CACHE_DIR } from '../startup/projectRoot';
import { loadOrTrainSmallTalkModel, smallTalkTrainingExamples } from '../engine/SmallTalkModel';
import { createAnswerEngine } from '../engine/createAnswerEngine';
import { labelledTrainingSource } from '../eval/trainingQuestions';
import { createSafetyScreen } from '../safety/createSafetyScreen';
import { loadOrTrainRedFlagNet } from '../safety/learned/loadOrTrainRedFlagNet';
import { safetyTrainingSource } from '../eval/safetyCases';
import { PROJECT_ROOT } from '../startup/projectRoot';

/**
 * Writes the start-up caches in .cache/ (the service's compiled modules, the validated shipped knowledge base,
 * the small-talk model, the learned red-flag net, the entry classifier, and the engine's and the safety
 * screen's indexes) without starting it: the container image runs this at build time, so every container's
 * first start is as quick as a restart. The service writes the same caches itself on its first start anywhere
 * else.
 */
const { kb, cache } = loadCachedKnowledgeBase(DEFAULT_KNOWLEDGE_DIR, CACHE_DIR);
loadOrTrainSmallTalkModel(smallTalkTrainingExamples(kb));
loadOrTrainRedFlagNet(safetyTrainingSource(PROJECT_ROOT));
// Building the engine as the service does trains the entry classifier and caches it, and caches its indexes.
const started = process.hrtime.bigint();
const indexes = openIndexCache(CACHE_DIR, kb);
createAnswerEngine(kb, {
  safety: createSafetyScreen(kb.safety, indexes.data.safety),
  training: labelledTrainingSource(PROJECT_ROOT),
  indexData: indexes.data.engine,
});
indexes.save();
const engineMs = Number(process.hrtime.bigint() - started) / 1e6;
flushCompileCache();
process.stdout.write(
  `Start-up caches in ${CACHE_DIR}: knowledge base ${kb.version} (${cache}), compiled modules (${compileCacheState}), models and indexes (${indexes.outcome}; engine built in ${Math.round(engineMs)} ms)\n`,
);
