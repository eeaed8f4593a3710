import type { Activity, TurnContext } from 'botbuilder';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from '../framework/botFramework';
import type { Logger } from '../logger';

/**
 * A CloudAdapter used only by the first-party web chat route. Its auth is always off (no app credentials),
 * which is safe because it never reads an HTTP request: it runs activities the server built itself, always
 * with expectReplies, so it never calls a channel either. The public /api/messages adapter is untouched.
 */
export class WebChatAdapter extends CloudAdapter {
  constructor(logger: Logger, errorText: string) {
    super(
      new ConfigurationBotFrameworkAuthentication({
        MicrosoftAppId: '',
        MicrosoftAppPassword: '',
        MicrosoftAppTenantId: '',
      }),
    );
    this.onTurnError = async (context: TurnContext, error: Error) => {
      logger.error('webchat.turn.error', {
        error,
        activityType: context.activity.type,
        conversationId: context.activity.conversation?.id,
      });
      if (context.activity.type === 'message')
        await context.sendActivity({ type: 'message', text: errorText });
    };
  }

  /** Runs one turn and returns the replies the bot buffered (deliveryMode expectReplies). */
  async runTurn(
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<Array<Partial<Activity>>> {
    // An empty auth header with auth disabled authenticates as anonymous (JwtTokenValidation.authenticateRequest).
    const result = await this.processActivity('', activity, logic);
    const body = result?.body as { activities?: Array<Partial<Activity>> } | undefined;
    return body?.activities ?? [];
  }
}
