import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { KnowledgeBase } from '../src/knowledge/KnowledgeBase';
import type { AnswerEngine, AnswerResult } from '../src/engine/types';
import type { Logger } from '../src/logger';
import { renderReply } from '../src/render/renderReply';
import type { ConversationMemory } from '../src/state/ConversationMemory';
import type { FeedbackDialog } from './FeedbackDialog';
import { readTurn } from './readTurn';

/**
 * The question → answer / clarify / fallback / urgent / help flow. It talks to the engine through its one
 * call and keeps only the last answer's context per conversation.
 */
export class QuestionDialog {
  constructor(
    private readonly engine: AnswerEngine,
    private readonly kb: KnowledgeBase,
    private readonly memory: ConversationMemory,
    private readonly feedback: FeedbackDialog,
    private readonly logger: Logger,
  ) {}

  async run(context: TurnContext): Promise<void> {
    const { activity } = context;
    const conversationId = activity.conversation?.id ?? 'unknown';
    const memoryKey = { channelId: activity.channelId ?? 'unknown', conversationId };
    const text = typeof activity.text === 'string' ? stripMention(context) : '';
    const input = readTurn(activity, text);

    if (input.type === 'feedback') {
      await this.feedback.fromButton(context, input.entryId, input.helpful);
      return;
    }
    if (input.type === 'attachment-only') {
      await context.sendActivity({
        type: 'message',
        text: this.kb.content.messages.attachmentOnly,
        entities: [{ type: 'faqResult', kind: 'fallback', reason: 'attachment-only', score: 0 }],
      });
      return;
    }
    let result: AnswerResult;
    if (input.type === 'none-of-these') {
      this.logger.info('question.unanswered', {
        conversationId,
        question: input.question,
        via: 'none-of-these',
      });
      result = { kind: 'fallback', reason: 'none-of-these', score: 0, runnersUp: [] };
    } else {
      // A button carries its own context, so only a typed question costs a read of the (maybe remote) store.
      const buttonContext = input.nutrientId
        ? { nutrientId: input.nutrientId, entryId: input.entryId }
        : undefined;
      result = this.engine.answer({
        text: input.text,
        entryId: input.entryId,
        context: buttonContext ?? (await this.memory.get(memoryKey)),
        locale: activity.locale,
      });
      this.logResult(conversationId, input.text, input.entryId, result);
      // Issued, not awaited: the store's write goes out before the reply does (so the next turn, here or on
      // another instance, reads it), and the turn waits on one round trip to the store, the read above. The
      // memory never rejects; it logs and counts a failed write itself.
      if (result.kind === 'answer') void this.memory.set(memoryKey, result.context);
      if (result.kind === 'help' && result.intent === 'restart') void this.memory.clear(memoryKey);
    }
    const reply = renderReply(result, this.kb, {
      channelId: activity.channelId,
      question: input.type === 'ask' ? input.text : '',
      locale: activity.locale,
    });
    if (result.kind === 'answer' && reply.channelData?.feedbackLoop)
      this.rememberRatedEntry(context, result.entry.id);
    await context.sendActivity(reply);
  }

  /**
   * Teams' thumbs up/down names only the rated message (replyToId), so keep message id → entry id. The channel
   * assigns the id when the reply is posted; with expectReplies nothing does, so give the reply one here.
   */
  private rememberRatedEntry(context: TurnContext, entryId: string): void {
    context.onSendActivities(async (_context, activities, next) => {
      if (context.activity.deliveryMode === 'expectReplies') {
        for (const sent of activities) sent.id ??= randomUUID();
      }
      const responses = await next();
      activities.forEach((sent, i) => {
        const id = responses?.[i]?.id ?? sent.id;
        if (id && sent.channelData?.feedbackLoop) this.feedback.ratedEntries.set(id, entryId);
      });
      return responses;
    });
  }

  private logResult(
    conversationId: string,
    question: string,
    entryId: string | undefined,
    result: AnswerResult,
  ): void {
    const fields: Record<string, unknown> = {
      conversationId,
      kind: result.kind,
      viaButton: entryId !== undefined,
    };
    if (result.kind === 'answer')
      Object.assign(fields, { id: result.entry.id, score: result.score, also: result.also?.id });
    if (result.kind === 'clarify')
      // The question too: the curator report groups clarified questions and suggests confirmed ones as alternates.
      Object.assign(fields, {
        options: result.options.map((option) => option.id),
        score: result.score,
        question: question.slice(0, 500),
      });
    const flag = result.kind === 'urgent' ? result.redFlag : result.kind === 'help' ? undefined : result.soon;
    if (flag) Object.assign(fields, { rule: flag.ruleId, level: flag.level });
    if (result.kind === 'fallback')
      Object.assign(fields, { reason: result.reason, score: result.score, question: question.slice(0, 500) });
    this.logger.info(
      result.kind === 'fallback' && result.reason !== 'empty' ? 'question.unanswered' : 'question.answered',
      fields,
    );
  }
}

/** Teams puts "<at>Bot</at>" in the text in channels and group chats; the SDK knows the exact mention. */
function stripMention(context: TurnContext): string {
  const { activity } = context;
  const text = typeof activity.text === 'string' ? activity.text : '';
  const recipientId = activity.recipient?.id;
  const mentions = Array.isArray(activity.entities) ? activity.entities : [];
  let stripped = text;
  for (const entity of mentions) {
    const mentioned = entity as { type?: string; mentioned?: { id?: string }; text?: string };
    if (
      mentioned.type === 'mention' &&
      mentioned.mentioned?.id === recipientId &&
      typeof mentioned.text === 'string'
    ) {
      stripped = stripped.split(mentioned.text).join(' ');
    }
  }
  return stripped.replace(/\s+/g, ' ').trim();
}
