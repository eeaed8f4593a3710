import type { Activity, ConfigurationBotFrameworkAuthenticationOptions, TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult, ClaimsIdentity, UserTokenClient } from 'botframework-connector';
import {
  AuthenticationConstants,
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
} from './framework/botFramework';
import { SigningKeyGate, type MetadataFetch } from './auth/SigningKeyGate';
import type { Config } from './config';
import type { Logger } from './logger';
import { SharedTurnClients } from './SharedTurnClients';

/** Where the signing keys come from; tests point these at a loopback server that signs its own tokens. */
export interface AuthEndpoints {
  channelOpenIdMetadataUrl: string;
  emulatorOpenIdMetadataUrl: string;
  /** For the gate's metadata fetches (tests count them). */
  fetch?: MetadataFetch;
}

export interface MessageResult {
  status: number;
  body?: unknown;
}

export interface BotAdapter {
  adapter: CloudAdapter;
  /** The connector and user-token clients turns share (see SharedTurnClients), for /healthz. */
  clients: SharedTurnClients;
  /** One POST /api/messages: authenticate, then run the turn; never throws, never leaks error text. */
  processMessage(
    activity: Record<string, unknown>,
    authorization: string | undefined,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<MessageResult>;
}

const UNAUTHORIZED: MessageResult = { status: 401, body: { error: 'Unauthorized' } };

/**
 * The Bot Framework adapter with auth built from the four standard keys. With no MicrosoftAppId, auth is
 * off and anonymous requests are accepted: right for localhost and the Agents Playground, wrong for any public
 * deployment (see README, "Deploying"). With auth on, every token passes the SigningKeyGate first and any
 * failure to authenticate, including the SDK failing to fetch its keys, is a 401 with a generic body.
 */
export function createAdapter(
  config: Config,
  logger: Logger,
  errorText: string,
  endpoints?: AuthEndpoints,
): BotAdapter {
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
    ...(endpoints
      ? {
          // Setting any of these makes the SDK take all of them as given: the public cloud's values, keys aside.
          ValidateAuthority: true,
          ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
          ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
          ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
          OAuthUrl: AuthenticationConstants.OAuthUrl,
          ToBotFromChannelOpenIdMetadataUrl: endpoints.channelOpenIdMetadataUrl,
          ToBotFromEmulatorOpenIdMetadataUrl: endpoints.emulatorOpenIdMetadataUrl,
          CallerId: CallerIdConstants.PublicAzureChannel,
        }
      : {}),
  };
  const clients = new SharedTurnClients();
  const auth = new SharedClientsAuthentication(options, clients);
  const gate = config.authEnabled
    ? new SigningKeyGate({
        logger,
        fetch: endpoints?.fetch,
        metadataUrls: [
          endpoints?.channelOpenIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
          endpoints?.emulatorOpenIdMetadataUrl ?? AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
        ],
      })
    : undefined;
  const adapter = new AuthenticatedCloudAdapter(auth, clients);
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

  return {
    adapter,
    clients,
    async processMessage(activity, authorization, logic) {
      const header = authorization ?? '';
      let authenticated;
      try {
        if (gate) {
          const decision = await gate.check(header);
          if (!decision.ok) {
            logger.warn('auth.rejected', { reason: decision.reason });
            return UNAUTHORIZED;
          }
        }
        authenticated = await auth.authenticateRequest(activity as unknown as Activity, header);
        // The SDK compares the token's serviceurl claim only when the activity names a serviceUrl; a token
        // issued for one service must not serve an activity that leaves it out (an invoke, say) either.
        const claimed = authenticated.claimsIdentity.getClaimValue(AuthenticationConstants.ServiceUrlClaim);
        if (claimed !== null && claimed !== activity.serviceUrl) {
          logger.warn('auth.rejected', { reason: 'serviceurl claim does not match the activity' });
          return UNAUTHORIZED;
        }
      } catch (error) {
        logger.warn('auth.rejected', { reason: error instanceof Error ? error.message : 'unknown' });
        return UNAUTHORIZED;
      }
      let started = false;
      try {
        const invoke = await adapter.runAuthenticated(authenticated, withDates(activity), async (context) => {
          started = true;
          await logic(context);
        });
        return { status: invoke?.status ?? 200, body: invoke?.body };
      } catch (error) {
        logger.error('http.messages.error', { error });
        return started
          ? { status: 500, body: { error: 'Internal error' } }
          : { status: 400, body: { error: 'The activity could not be processed.' } };
      }
    },
  };
}

/**
 * CloudAdapter.processActivity is protected; this runs a turn for a request this module authenticated, with
 * the connector client the turn asks for taken from the shared ones rather than built anew.
 */
class AuthenticatedCloudAdapter extends CloudAdapter {
  constructor(
    auth: ConfigurationBotFrameworkAuthentication,
    private readonly clients: SharedTurnClients,
  ) {
    super(auth);
  }

  runAuthenticated(
    authenticated: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ) {
    const { connectorFactory, claimsIdentity } = authenticated;
    const shared = connectorFactory
      ? {
          ...authenticated,
          connectorFactory: this.clients.connectorFactory(claimsIdentity, connectorFactory),
        }
      : authenticated;
    return this.processActivity(shared, activity, logic);
  }
}

/** The SDK's authentication, with the user-token client a turn asks for taken from the shared ones. */
class SharedClientsAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    options: ConfigurationBotFrameworkAuthenticationOptions,
    private readonly clients: SharedTurnClients,
  ) {
    super(options);
  }

  override createUserTokenClient(identity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.clients.userTokenClient(identity, () => super.createUserTokenClient(identity));
  }
}

/** Channels send times as ISO strings; the SDK's own HTTP path turns them into Dates (raw text kept). */
function withDates(body: Record<string, unknown>): Activity {
  const activity: Record<string, unknown> = { ...body };
  for (const field of ['timestamp', 'expiration', 'localTimestamp']) {
    const value = activity[field];
    if (typeof value !== 'string') continue;
    activity[`raw${field[0]?.toUpperCase()}${field.slice(1)}`] = value;
    activity[field] = new Date(value);
  }
  return activity as unknown as Activity;
}
