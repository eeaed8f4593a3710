import type { AnswerContext } from '../engine/types';
import { BoundedCache } from './BoundedCache';

/**
 * What the bot remembers about a conversation between turns: only the last answer's entry and nutrient,
 * so "what foods have it?" can refer back. Buttons carry their own context, so clicks never depend on it.
 */
export interface ConversationMemory {
  get(conversationId: string): Promise<AnswerContext | undefined>;
  set(conversationId: string, context: AnswerContext): Promise<void>;
  clear(conversationId: string): Promise<void>;
}

/** In-process memory with a TTL and a size cap. */
export class BoundedConversationMemory implements ConversationMemory {
  private readonly cache: BoundedCache<AnswerContext>;

  constructor(maxConversations: number, ttlMs: number, now?: () => number) {
    this.cache = new BoundedCache(maxConversations, ttlMs, now);
  }

  async get(conversationId: string): Promise<AnswerContext | undefined> {
    return this.cache.get(conversationId);
  }

  async set(conversationId: string, context: AnswerContext): Promise<void> {
    this.cache.set(conversationId, context);
  }

  async clear(conversationId: string): Promise<void> {
    this.cache.delete(conversationId);
  }
}
