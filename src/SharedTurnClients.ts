import type { ClaimsIdentity, ConnectorClient, UserTokenClient } from 'botframework-connector';
import { AuthenticationConstants, ConnectorFactory } from './framework/botFramework';
import { BoundedCache } from './state/BoundedCache';

/** Different service URLs and audiences seen within the TTL; a channel uses a handful. */
const MAX_CONNECTORS = 100;
/** Bot identities: one per app id (plus the anonymous one with auth off). */
const MAX_TOKEN_CLIENTS = 10;
/** A client is rebuilt after an hour: its credentials refresh tokens themselves, this only bounds the cache. */
const TTL_MS = 60 * 60 * 1000;

/**
 * The clients botbuilder's `CloudAdapter` builds for a turn, kept and shared between turns instead.
 *
 * On every turn `CloudAdapter.processActivity` builds a new `ConnectorClient` and a new `UserTokenClient`,
 * each with its own Azure HTTP pipeline (policies ordered, a URL sanitizer, proxy settings read from the
 * environment), even for `expectReplies` turns whose replies never leave the HTTP response. Profiled, that is
 * about a fifth of a minimal echo bot's CPU. Both depend only on the bot identity the request was
 * authenticated as, the audience and the service URL, and both are safe to share between turns, as
 * botbuilder's older `BotFrameworkAdapter` shared connector clients per service URL. A client that fails to
 * build is not kept. Non-goal: sharing anything that carries the turn (the activity, the turn state).
 */
export class SharedTurnClients {
  private readonly connectors = new BoundedCache<Promise<ConnectorClient>>(MAX_CONNECTORS, TTL_MS);
  private readonly tokenClients = new BoundedCache<Promise<UserTokenClient>>(MAX_TOKEN_CLIENTS, TTL_MS);

  /** A factory handing out the shared connector client for this identity, service URL and audience. */
  connectorFactory(identity: ClaimsIdentity, inner: ConnectorFactory): ConnectorFactory {
    return new SharedConnectorFactory(this.connectors, identityKey(identity), inner);
  }

  /** The shared user-token client for this identity. */
  userTokenClient(
    identity: ClaimsIdentity,
    create: () => Promise<UserTokenClient>,
  ): Promise<UserTokenClient> {
    return shared(this.tokenClients, identityKey(identity), create);
  }

  /** Clients held, for /healthz: bounded like every other per-request structure. */
  sizes(): { connectorClients: number; userTokenClients: number } {
    return { connectorClients: this.connectors.size, userTokenClients: this.tokenClients.size };
  }
}

class SharedConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly cache: BoundedCache<Promise<ConnectorClient>>,
    private readonly identity: string,
    private readonly inner: ConnectorFactory,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return shared(this.cache, `${this.identity}\n${audience ?? ''}\n${serviceUrl}`, () =>
      this.inner.create(serviceUrl, audience),
    );
  }
}

/** What decides the credentials: the app id the request was authenticated for (audience or appid claim). */
function identityKey(identity: ClaimsIdentity): string {
  const audience = identity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? '';
  const appId = identity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
  return `${identity.isAuthenticated ? 'auth' : 'anonymous'}\n${audience}\n${appId}`;
}

function shared<T>(cache: BoundedCache<Promise<T>>, key: string, create: () => Promise<T>): Promise<T> {
  const held = cache.get(key);
  if (held) return held;
  const made = create();
  cache.set(key, made);
  made.catch(() => {
    if (cache.get(key) === made) cache.delete(key);
  });
  return made;
}
