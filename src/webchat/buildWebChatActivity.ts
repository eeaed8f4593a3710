import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import type { WebChatPayload } from './readWebChatPayload';
import type { WebChatSession } from './SessionTokens';

export const WEBCHAT_CHANNEL_ID = 'webchat';
/** Never called: with expectReplies the adapter returns replies in the response instead of posting them. */
export const WEBCHAT_SERVICE_URL = 'https://webchat.invalid/';

/**
 * The whole incoming activity, built on the server from the validated payload. Nothing the browser sends can
 * choose the channel, the conversation, the sender or the delivery mode.
 */
export function buildWebChatActivity(
  payload: WebChatPayload,
  session: WebChatSession,
  botName: string,
): Activity {
  // The SDK's Activity type marks rarely used fields (label, valueType, listenFor) required; channels omit them too.
  const common = {
    id: randomUUID(),
    channelId: WEBCHAT_CHANNEL_ID,
    serviceUrl: WEBCHAT_SERVICE_URL,
    conversation: { id: session.conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: session.userId, name: 'You', role: 'user' },
    recipient: { id: 'bot', name: botName, role: 'bot' },
    timestamp: new Date(),
    locale: payload.locale ?? 'en-US',
    deliveryMode: 'expectReplies',
  };
  if (payload.type === 'event') return { ...common, type: 'event', name: payload.name } as Activity;
  return {
    ...common,
    type: 'message',
    text: payload.text ?? '',
    ...(payload.value ? { value: payload.value } : {}),
  } as Activity;
}
