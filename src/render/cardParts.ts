import type { AdaptiveCard, ButtonValue, CardAction, CardElement } from './types';

/** Teams renders Adaptive Cards up to 1.5 (Web Chat 1.6): target 1.5 everywhere. */
export const CARD_VERSION = '1.5';

export function card(body: CardElement[], actions: CardAction[] = []): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    body,
    ...(actions.length > 0 ? { actions } : {}),
  };
}

export function textBlock(text: string, options: Record<string, unknown> = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

/**
 * A button that sends its value back. In Teams, `messageBack` also shows the question in the chat as if the
 * user typed it; other clients send the data object as `activity.value`.
 */
export function submitButton(title: string, value: ButtonValue, displayText = title): CardAction {
  return {
    type: 'Action.Submit',
    title: truncate(title, 80),
    data: { ...value, msteams: { type: 'messageBack', displayText, text: displayText } },
  };
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Markdown special characters in user-visible titles would otherwise turn into formatting. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}
