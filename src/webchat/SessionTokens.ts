import { createHmac, hkdfSync, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

export interface WebChatSession {
  conversationId: string;
  userId: string;
}

const SESSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Server-assigned conversation ids for the anonymous web chat. The browser holds an HMAC-signed token, so it
 * cannot pick a conversation id of its own (conversation memory is keyed by id, and a chosen id could land
 * in someone else's context). Without a configured secret the key lives in memory: after a restart old tokens
 * fail with 401 and the page simply starts a new conversation. With WEBCHAT_SESSION_SECRET every instance
 * derives the same key, so a token issued by one is accepted by the others behind a load balancer.
 */
export class SessionTokens {
  constructor(
    private readonly key: Buffer = randomBytes(32),
    /** How long a token is valid; the page renews it before then (POST /api/webchat/conversations). */
    readonly ttlSeconds = 3600,
    private readonly now: () => number = Date.now,
  ) {}

  /** The key derived from a shared secret (HKDF, so the raw secret is never the HMAC key), else a random one. */
  static fromSecret(
    secret: string | undefined,
    ttlSeconds = 3600,
    now: () => number = Date.now,
  ): SessionTokens {
    const key =
      secret === undefined
        ? randomBytes(32)
        : Buffer.from(hkdfSync('sha256', secret, '', 'webchat-session-token', 32));
    return new SessionTokens(key, ttlSeconds, now);
  }

  /** A new conversation, or (given the id of a session the caller proved it holds) a fresh token for it. */
  issue(renewing?: WebChatSession & { id: string }): WebChatSession & { token: string; expiresIn: number } {
    const id = renewing?.id ?? randomUUID();
    const expires = Math.floor(this.now() / 1000) + this.ttlSeconds;
    const body = `${id}.${expires}`;
    return { ...sessionFor(id), token: `${body}.${this.sign(body)}`, expiresIn: this.ttlSeconds };
  }

  /** The session a token stands for, if it is ours, intact and not expired. */
  verify(token: string | undefined): (WebChatSession & { id: string }) | undefined {
    if (typeof token !== 'string') return undefined;
    const [id, expires, signature, extra] = token.split('.');
    if (
      extra !== undefined ||
      !id ||
      !expires ||
      !signature ||
      !SESSION_ID.test(id) ||
      !/^\d{1,12}$/.test(expires)
    )
      return undefined;
    const expected = Buffer.from(this.sign(`${id}.${expires}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    if (Number(expires) * 1000 <= this.now()) return undefined;
    return { ...sessionFor(id), id };
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}

function sessionFor(id: string): WebChatSession {
  return { conversationId: `webchat-${id}`, userId: `webchat-user-${id.slice(0, 8)}` };
}
