/**
 * Plain shapes of what the bot sends. They mirror the Bot Framework activity schema structurally, so the
 * render layer needs no SDK import and the dialogs can pass them straight to `sendActivity`.
 */
export interface CardAttachment {
  contentType: 'application/vnd.microsoft.card.adaptive';
  content: AdaptiveCard;
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
}

export type CardElement = { type: string; [key: string]: unknown };

export interface CardAction {
  type: 'Action.Submit' | 'Action.OpenUrl';
  title: string;
  data?: ButtonValue & { msteams?: { type: 'messageBack'; displayText: string; text: string } };
  url?: string;
  style?: 'positive' | 'destructive';
}

/** What a button sends back in `activity.value`. The entry id travels with it: no re-search on click. */
export type ButtonValue =
  | { action: 'ask'; entryId: string; question: string; nutrientId?: string }
  | { action: 'none-of-these'; question: string }
  | { action: 'feedback'; entryId: string; helpful: boolean };

export interface SuggestedAction {
  type: 'imBack' | 'messageBack';
  title: string;
  text?: string;
  displayText?: string;
  value: ButtonValue | string;
}

/** The reply contract: one of these on the main reply to every user message (see README). */
export type FaqResultEntity = {
  type: 'faqResult';
  kind: 'answer' | 'clarify' | 'fallback' | 'urgent' | 'help';
  id?: string;
  title?: string;
  score?: number;
  options?: Array<{ id: string; title: string }>;
  level?: 'emergency' | 'urgent' | 'soon';
  reason?: string;
  kbVersion?: string;
};

export interface OutgoingMessage {
  type: 'message';
  /** Absent on a Teams card message: Teams shows an activity's text and its card as two messages. */
  text?: string;
  textFormat?: 'markdown' | 'plain';
  /** What a channel that cannot show the card (or a notification) shows instead. */
  summary?: string;
  attachments?: CardAttachment[];
  suggestedActions?: { actions: SuggestedAction[]; to: string[] };
  entities: Array<{ type: string; [key: string]: unknown }>;
  channelData?: Record<string, unknown>;
  inputHint?: 'acceptingInput' | 'expectingInput' | 'ignoringInput';
}
