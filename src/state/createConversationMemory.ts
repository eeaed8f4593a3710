import type { Config } from '../config';
import type { Logger } from '../logger';
import { BoundedConversationMemory, type ConversationMemory } from './ConversationMemory';
import { FileConversationMemory } from './FileConversationMemory';

/**
 * In-process memory unless CONTEXT_STORE_DIR names a directory shared by every instance: behind a load
 * balancer, in-process memory would leave a typed follow-up without context whenever it lands on another
 * instance than the answer before it.
 */
export function createConversationMemory(config: Config, logger: Logger): ConversationMemory {
  const ttlMs = config.CONTEXT_TTL_SECONDS * 1000;
  if (!config.CONTEXT_STORE_DIR)
    return new BoundedConversationMemory(config.CONTEXT_MAX_CONVERSATIONS, ttlMs);
  logger.info('memory.shared', { dir: config.CONTEXT_STORE_DIR });
  return new FileConversationMemory({
    dir: config.CONTEXT_STORE_DIR,
    maxConversations: config.CONTEXT_MAX_CONVERSATIONS,
    ttlMs,
    logger,
  });
}
