import type { KnowledgeBase } from '../knowledge/KnowledgeBase';
import type { AnswerContext } from './types';

/**
 * The conversation context right after `entryId` was answered: what a follow-up such as "what foods have it?"
 * refers back to. Undefined for an unknown id. Used by tools and tests that replay a conversation.
 */
export function contextAfter(kb: KnowledgeBase, entryId: string | undefined): AnswerContext | undefined {
  const entry = entryId === undefined ? undefined : kb.byId.get(entryId);
  if (!entry) return undefined;
  return {
    entryId: entry.id,
    nutrientId: entry.origin.kind === 'facet' ? entry.origin.nutrientId : undefined,
  };
}
