import type { ButtonValue } from '../src/render/types';

/** What a user turn asks for, read once from the raw activity whatever the client. */
export type TurnInput =
  | { type: 'ask'; text: string; entryId?: string; nutrientId?: string }
  | { type: 'none-of-these'; question: string }
  | { type: 'feedback'; entryId: string; helpful: boolean }
  | { type: 'attachment-only' };

interface RawMessage {
  text?: unknown;
  value?: unknown;
  attachments?: unknown;
}

/**
 * Button clicks arrive as `value` objects (Web Chat sends the card's data; Teams messageBack sends it with
 * the display text in `text`). Anything malformed is read as plain text, never trusted blindly.
 */
export function readTurn(activity: RawMessage, mentionFree: string): TurnInput {
  const value = parseValue(activity.value);
  if (value?.action === 'ask' && typeof value.entryId === 'string') {
    const question = mentionFree || (typeof value.question === 'string' ? value.question : '');
    return {
      type: 'ask',
      text: question,
      entryId: value.entryId,
      nutrientId: typeof value.nutrientId === 'string' ? value.nutrientId : undefined,
    };
  }
  if (value?.action === 'none-of-these') {
    return { type: 'none-of-these', question: typeof value.question === 'string' ? value.question : '' };
  }
  if (
    value?.action === 'feedback' &&
    typeof value.entryId === 'string' &&
    typeof value.helpful === 'boolean'
  ) {
    return { type: 'feedback', entryId: value.entryId, helpful: value.helpful };
  }
  const hasAttachments = Array.isArray(activity.attachments) && activity.attachments.length > 0;
  if (mentionFree.trim().length === 0 && hasAttachments) return { type: 'attachment-only' };
  return { type: 'ask', text: mentionFree };
}

function parseValue(raw: unknown): (Partial<ButtonValue> & Record<string, unknown>) | undefined {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return value as Partial<ButtonValue> & Record<string, unknown>;
}
