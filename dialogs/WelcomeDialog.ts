import type { TurnContext } from 'botbuilder';
import type { KnowledgeBase } from '../src/knowledge/KnowledgeBase';
import { renderWelcome } from '../src/render/renderReply';

/** One short greeting when someone joins: what the bot covers, the disclaimer and starter questions. */
export class WelcomeDialog {
  constructor(private readonly kb: KnowledgeBase) {}

  async run(context: TurnContext): Promise<void> {
    await context.sendActivity(renderWelcome(this.kb, { channelId: context.activity.channelId }));
  }
}
