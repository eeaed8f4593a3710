import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import type { Config } from './config';
import type { Logger } from './logger';

/**
 * The Bot Framework adapter with auth built from the four standard keys. With no MicrosoftAppId, auth is
 * off and anonymous requests are accepted: right for localhost and the Agents Playground, wrong for any public
 * deployment (see README, "Deploying").
 */
export function createAdapter(config: Config, logger: Logger, errorText: string): CloudAdapter {
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  };
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(options));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error('turn.error', {
      error,
      activityType: context.activity.type,
      conversationId: context.activity.conversation?.id,
    });
    // Never a stack trace to the user; and if even the apology cannot be sent, the request still ends cleanly.
    try {
      if (context.activity.type === 'message')
        await context.sendActivity({ type: 'message', text: errorText });
    } catch (sendError) {
      logger.error('turn.error.reply-failed', { error: sendError });
    }
  };
  return adapter;
}
