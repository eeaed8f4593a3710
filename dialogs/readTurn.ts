import { FEEDBACK_ACTION_ID_PREFIX } from '../src/render/renderReply';
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

/** The event Web Chat posts when its thumbs up/down beside a message are clicked. */
export const WEB_CHAT_FEEDBACK_EVENT = 'webchat:activity-status/feedback';

/**
 * Reads Web Chat's feedback event: `entities[0]` is the chosen schema.org Like/Dislike action, whose `@id` the
 * renderer wrote as `urn:faq-feedback:<like|dislike>:<entry id>`. Anything else is not a rating.
 */
export function readFeedbackEvent(activity: {
  name?: unknown;
  entities?: unknown;
}): { entryId: string; helpful: boolean } | undefined {
  if (activity.name !== WEB_CHAT_FEEDBACK_EVENT || !Array.isArray(activity.entities)) return undefined;
  const action = activity.entities[0] as { '@type'?: unknown; '@id'?: unknown } | undefined;
  const id = action?.['@id'];
  if (typeof id !== 'string' || !id.startsWith(FEEDBACK_ACTION_ID_PREFIX)) return undefined;
  const [reaction, ...rest] = id.slice(FEEDBACK_ACTION_ID_PREFIX.length).split(':');
  const entryId = rest.join(':');
  if (!entryId || (reaction !== 'like' && reaction !== 'dislike')) return undefined;
  if (action?.['@type'] !== (reaction === 'like' ? 'LikeAction' : 'DislikeAction')) return undefined;
  return { entryId, helpful: reaction === 'like' };
}
