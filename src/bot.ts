import type { InvokeResponse, TurnContext } from 'botbuilder';
import { ActivityHandler, ActivityTypes } from './framework/botFramework';
import type { FeedbackDialog } from '../dialogs/FeedbackDialog';
import type { QuestionDialog } from '../dialogs/QuestionDialog';
import { readFeedbackEvent } from '../dialogs/readTurn';
import type { WelcomeDialog } from '../dialogs/WelcomeDialog';
import type { Logger } from './logger';
import { BoundedCache } from './state/BoundedCache';

export interface BotDialogs {
  welcome: WelcomeDialog;
  question: QuestionDialog;
  feedback: FeedbackDialog;
}

/** Events a web client sends when its chat opens, so the welcome shows before the user types. */
const JOIN_EVENTS = new Set(['webchat/join', 'startConversation']);

/**
 * Routes activity types to dialogs and nothing else. Channels retry an activity they think timed out with
 * the same id; those duplicates are dropped here so a question is never answered twice.
 */
export class FaqBot extends ActivityHandler {
  private readonly seen = new BoundedCache<true>(10_000, 10 * 60 * 1000);
  private readonly welcomed = new BoundedCache<true>(10_000, 60 * 1000);

  constructor(
    private readonly dialogs: BotDialogs,
    private readonly logger: Logger,
  ) {
    super();
    this.onMessage(async (context, next) => {
      await this.dialogs.question.run(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const humans = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
      if (humans.length > 0) await this.welcomeOnce(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcomeOnce(context);
      await next();
    });
    this.onEvent(async (context, next) => {
      if (JOIN_EVENTS.has(context.activity.name ?? '')) await this.welcomeOnce(context);
      // Web Chat's thumbs beside an answer (over Azure Direct Line; our own page sends them as a message).
      const rating = readFeedbackEvent(context.activity);
      if (rating)
        await this.dialogs.feedback.fromButton(context, rating.entryId, rating.helpful, 'webchat-event');
      await next();
    });
  }

  /** Sizes of the bot's own bounded caches, for /healthz: nothing per conversation grows unseen. */
  cacheSizes(): { seenActivities: number; welcomedConversations: number; ratedMessages: number } {
    return {
      seenActivities: this.seen.size,
      welcomedConversations: this.welcomed.size,
      ratedMessages: this.dialogs.feedback.ratedEntries.size,
    };
  }

  /**
   * Teams (and the Agents Playground) can announce one install with both an installationUpdate and a
   * conversationUpdate: greet a conversation once, not twice.
   */
  private async welcomeOnce(context: TurnContext): Promise<void> {
    const key = `${context.activity.channelId}|${context.activity.conversation?.id}`;
    if (this.welcomed.get(key)) return;
    this.welcomed.set(key, true);
    await this.dialogs.welcome.run(context);
  }

  override async run(context: TurnContext): Promise<void> {
    const { activity } = context;
    const key = activity.id ? `${activity.channelId}|${activity.conversation?.id}|${activity.id}` : undefined;
    if (key && activity.type !== ActivityTypes.Invoke) {
      if (this.seen.get(key)) {
        this.logger.info('activity.duplicate', { activityId: activity.id, type: activity.type });
        return;
      }
      this.seen.set(key, true);
    }
    await super.run(context);
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name === 'message/submitAction')
      return this.dialogs.feedback.fromTeamsInvoke(context);
    this.logger.info('invoke.unsupported', { name: context.activity.name });
    return { status: 400, body: { error: `Unsupported invoke "${String(context.activity.name ?? '')}"` } };
  }
}
