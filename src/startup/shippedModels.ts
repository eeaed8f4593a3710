import { createAnswerEngine, type BuiltAnswerEngine, type EngineOptions } from '../engine/createAnswerEngine';
import { safetyTrainingSource } from '../eval/safetyCases';
import { labelledTrainingSource } from '../eval/trainingQuestions';
import type { KnowledgeBase } from '../knowledge/KnowledgeBase';
import type { SafetyIndexData } from '../safety/compilePhraseIndex';
import { createSafetyScreen } from '../safety/createSafetyScreen';
import { loadOrTrainRedFlagNet } from '../safety/learned/loadOrTrainRedFlagNet';
import { withLearnedNet } from '../safety/learned/withLearnedNet';
import type { SafetyScreen } from '../safety/types';
import type { IndexData } from './indexCache';
import { PROJECT_ROOT } from './projectRoot';

/**
 * The safety screen as the service runs it: the rules, then the learned red-flag net (read from .cache/models or
 * trained there once) where the rules raise nothing.
 */
export function shippedSafetyScreen(kb: KnowledgeBase, indexData?: SafetyIndexData): SafetyScreen {
  return withLearnedNet(
    createSafetyScreen(kb.safety, indexData),
    loadOrTrainRedFlagNet(safetyTrainingSource(PROJECT_ROOT)),
    kb.safety,
  );
}

/**
 * The answer engine as the service builds it from `kb`: the shipped safety screen, and the entry classifier and
 * answer check trained on the curated phrasings and the project's labelled question sets (each read from
 * .cache/models or trained there once). `options` may add a config, index data, a safety screen already built or
 * other models.
 */
export function shippedAnswerEngine(
  kb: KnowledgeBase,
  options: Partial<EngineOptions> & { safetyIndexData?: SafetyIndexData } = {},
): BuiltAnswerEngine {
  const { safetyIndexData, safety, ...engineOptions } = options;
  return createAnswerEngine(kb, {
    safety: safety ?? shippedSafetyScreen(kb, safetyIndexData),
    training: labelledTrainingSource(PROJECT_ROOT),
    ...engineOptions,
  });
}

/**
 * Reads every shipped model from .cache/models, training and caching the ones missing (the small-talk model, the
 * learned red-flag net, the entry classifier and the answer check), and fills `indexes` (the engine's and the
 * safety screen's) when given: what a first `npm start` does before it is ready.
 */
export function warmShippedModels(kb: KnowledgeBase, indexes?: IndexData): void {
  // Building the engine reads or trains the small-talk model too.
  shippedAnswerEngine(kb, { indexData: indexes?.engine, safetyIndexData: indexes?.safety });
}
