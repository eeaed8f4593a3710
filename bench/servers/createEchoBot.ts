import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';

/**
 * Server (b)'s bot: the framework's own floor. A minimal CloudAdapter (auth off, as the bot runs in the
 * benchmark) and an ActivityHandler that echoes the text. `npm run bench` serves it over restify
 * (servers/echoBot.ts); `npm run bench:turns` drives it in process (turnLoop.ts): the same bot in both.
 */
export function createEchoBot(): { adapter: CloudAdapter; bot: ActivityHandler } {
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
      MicrosoftAppType: 'MultiTenant',
      MicrosoftAppTenantId: '',
    }),
  );
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
    await next();
  });
  return { adapter, bot };
}
