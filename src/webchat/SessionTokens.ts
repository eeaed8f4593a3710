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
  constructor(private readonly key: Buffer = randomBytes(32)) {}

  /** The key derived from a shared secret (HKDF, so the raw secret is never the HMAC key), else a random one. */
  static fromSecret(secret: string | undefined): SessionTokens {
    if (secret === undefined) return new SessionTokens();
    return new SessionTokens(Buffer.from(hkdfSync('sha256', secret, '', 'webchat-session-token', 32)));
  }

  issue(): WebChatSession & { token: string } {
    const id = randomUUID();
    return { ...sessionFor(id), token: `${id}.${this.sign(id)}` };
  }

  verify(token: string | undefined): WebChatSession | undefined {
    if (typeof token !== 'string') return undefined;
    const [id, signature, extra] = token.split('.');
    if (extra !== undefined || !id || !signature || !SESSION_ID.test(id)) return undefined;
    const expected = Buffer.from(this.sign(id));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    return sessionFor(id);
  }

  private sign(id: string): string {
    return createHmac('sha256', this.key).update(id).digest('base64url');
  }
}

function sessionFor(id: string): WebChatSession {
  return { conversationId: `webchat-${id}`, userId: `webchat-user-${id.slice(0, 8)}` };
}
