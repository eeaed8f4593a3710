import type { InvokeResponse, TurnContext } from 'botbuilder';
import type { KnowledgeBase } from '../src/knowledge/KnowledgeBase';
import type { Logger } from '../src/logger';
import { renderFeedbackThanks } from '../src/render/renderReply';
import { BoundedCache } from '../src/state/BoundedCache';

/**
 * Helpful / not helpful. Teams' own thumbs (feedback loop) arrive as an `invoke` named
 * `message/submitAction`; it must get HTTP 200 `{}` and no chat message. The card buttons used by other
 * clients arrive as a message and get a short acknowledgement. Either way the rating is logged with the
 * entry id, because no channel stores it.
 */
export class FeedbackDialog {
  constructor(
    private readonly kb: KnowledgeBase,
    private readonly logger: Logger,
  ) {}

  /** A rating from our page (its thumbs arrive as a message value) or Web Chat's feedback event. */
  async fromButton(
    context: TurnContext,
    entryId: string,
    helpful: boolean,
    via: 'card' | 'webchat-event' = 'card',
  ): Promise<void> {
    this.logger.info('feedback', {
      conversationId: context.activity.conversation?.id,
      entryId,
      helpful,
      via,
    });
    await context.sendActivity(renderFeedbackThanks(helpful, this.kb));
  }

  /** Teams feedback loop. `replyToId` is the rated message; the entry id travels in our own log line. */
  fromTeamsInvoke(context: TurnContext): InvokeResponse {
    const value = (context.activity.value ?? {}) as {
      actionName?: unknown;
      actionValue?: { reaction?: unknown; feedback?: unknown };
    };
    if (value.actionName !== 'feedback') return { status: 400, body: { error: 'unsupported submitAction' } };
    const reaction = value.actionValue?.reaction;
    let comment: string | undefined;
    if (typeof value.actionValue?.feedback === 'string') {
      try {
        const parsed = JSON.parse(value.actionValue.feedback) as { feedbackText?: unknown };
        if (typeof parsed.feedbackText === 'string') comment = parsed.feedbackText.slice(0, 1000);
      } catch {
        comment = value.actionValue.feedback.slice(0, 1000);
      }
    }
    this.logger.info('feedback', {
      conversationId: context.activity.conversation?.id,
      replyToId: context.activity.replyToId,
      entryId: this.ratedEntries.get(context.activity.replyToId ?? ''),
      helpful: reaction === 'like' ? true : reaction === 'dislike' ? false : undefined,
      comment,
      via: 'teams',
    });
    return { status: 200, body: {} };
  }

  /**
   * Which entry each sent answer showed, so a Teams rating (which names only the message) maps to an entry.
   * Bounded: a rating a day after the answer still finds it, and memory stays flat however long it runs.
   */
  readonly ratedEntries = new BoundedCache<string>(10_000, 24 * 60 * 60 * 1000);
}
