import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Activity, TurnContext } from 'botbuilder';
import type { Config } from '../config';
import type { KnowledgeBase } from '../knowledge/KnowledgeBase';
import type { Logger } from '../logger';
import { buildWebChatActivity } from './buildWebChatActivity';
import { DirectLineTokenError, fetchDirectLineToken, type FetchLike } from './fetchDirectLineToken';
import { type HttpResult, jsonResult } from './HttpResult';
import { RateLimiter } from './RateLimiter';
import { MAX_PAYLOAD_BYTES, readWebChatPayload } from './readWebChatPayload';
import { renderChatPage } from './renderChatPage';
import { SessionTokens } from './SessionTokens';
import { WebChatAdapter } from './WebChatAdapter';
import { webChatBundlePath } from './webChatBundle';

/** public/ at the project root, from src/webchat (ts-jest) or dist/src/webchat (built). */
export const PUBLIC_DIR = join(
  __dirname,
  __dirname.includes(join('dist', 'src')) ? '../../..' : '../..',
  'public',
);

/** A Map, not an object literal: `constructor` or `__proto__` in the URL must be a 404, not a prototype. */
const PAGE_ASSETS = new Map<string, { file: string; type: string }>([
  ['app.js', { file: join(PUBLIC_DIR, 'app.js'), type: 'text/javascript; charset=utf-8' }],
  ['app.css', { file: join(PUBLIC_DIR, 'app.css'), type: 'text/css; charset=utf-8' }],
  ['icon.svg', { file: join(PUBLIC_DIR, 'icon.svg'), type: 'image/svg+xml' }],
  ['webchat.js', { file: webChatBundlePath(), type: 'text/javascript; charset=utf-8' }],
]);

/**
 * Web Chat injects its styles at run time (hence 'unsafe-inline' for styles only); scripts come from this
 * origin alone, and Direct Line is the only other place the page may talk to.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' https://*.botframework.com wss://*.botframework.com",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** With Direct Line configured the page talks to Azure, so the anonymous first-party endpoint is closed. */
const NOT_LOCAL = jsonResult(404, { error: 'Not found' });

export interface WebChatServiceOptions {
  config: Config;
  kb: KnowledgeBase;
  logger: Logger;
  /** The bot's turn logic, the same one /api/messages runs. */
  logic: (context: TurnContext) => Promise<void>;
  /** For tests: Direct Line is not reachable from here. */
  fetch?: FetchLike;
  /** For tests of session expiry. */
  now?: () => number;
}

/** Where a request came from, as far as the server can tell: the rate limit key and the request size. */
export interface WebChatRequest {
  clientKey: string;
  authorization?: string;
  body?: unknown;
  bodyBytes: number;
  acceptsGzip?: boolean;
}

/**
 * The web page and its anonymous first-party chat endpoint, framework-free. Every anonymous route is rate
 * limited per client; message bodies are small and validated; replies come back in the response body.
 */
export class WebChatService {
  readonly mode: 'local' | 'directline';
  private readonly adapter: WebChatAdapter;
  private readonly limiter: RateLimiter;
  private readonly sessions: SessionTokens;
  private page: string;
  private kb: KnowledgeBase;
  private readonly assets = new Map<string, { raw: Buffer; gzip: Buffer; type: string }>();

  constructor(private readonly options: WebChatServiceOptions) {
    const { config, kb, logger } = options;
    this.mode = config.DIRECT_LINE_SECRET ? 'directline' : 'local';
    this.adapter = new WebChatAdapter(logger, kb.content.messages.error);
    this.limiter = new RateLimiter(config.WEBCHAT_RATE_LIMIT_PER_MINUTE);
    this.sessions = SessionTokens.fromSecret(
      config.WEBCHAT_SESSION_SECRET,
      config.WEBCHAT_SESSION_TTL_SECONDS,
      options.now,
    );
    this.kb = kb;
    this.page = renderChatPage(join(PUBLIC_DIR, 'index.html'), kb.content, this.mode);
  }

  /** After a knowledge base reload: the page's wording (disclaimer, starters, names) follows the new base. */
  useKnowledgeBase(kb: KnowledgeBase): void {
    this.page = renderChatPage(join(PUBLIC_DIR, 'index.html'), kb.content, this.mode);
    this.kb = kb;
  }

  renderPage(): HttpResult {
    return {
      status: 200,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      },
      body: this.page,
    };
  }

  /** The page's own script and style, the icon and Web Chat's bundle; read once, gzipped once. */
  serveAsset(name: string, acceptsGzip: boolean): HttpResult {
    const spec = PAGE_ASSETS.get(name);
    if (!spec) return jsonResult(404, { error: 'Not found' });
    let asset = this.assets.get(name);
    if (!asset) {
      const raw = readFileSync(spec.file);
      asset = { raw, gzip: gzipSync(raw), type: spec.type };
      this.assets.set(name, asset);
    }
    const headers: Record<string, string> = {
      'content-type': asset.type,
      'cache-control': 'public, max-age=300',
      'x-content-type-options': 'nosniff',
      vary: 'accept-encoding',
    };
    if (acceptsGzip)
      return { status: 200, headers: { ...headers, 'content-encoding': 'gzip' }, body: asset.gzip };
    return { status: 200, headers, body: asset.raw };
  }

  /**
   * POST /api/webchat/conversations: a new server-assigned conversation for this browser session, or, with a
   * still-valid token in Authorization, a fresh token for the same conversation (the page renews before expiry).
   */
  startConversation(request: WebChatRequest): HttpResult {
    if (this.mode !== 'local') return NOT_LOCAL;
    const refused = this.refuse(request);
    if (refused) return refused;
    const current = this.sessions.verify(request.authorization?.replace(/^Bearer\s+/i, ''));
    const { conversationId, userId, token, expiresIn } = this.sessions.issue(current);
    this.options.logger.info(current ? 'webchat.session.renew' : 'webchat.conversation.start', {
      conversationId,
    });
    return jsonResult(200, { conversationId, userId, token, expiresIn });
  }

  /** POST /api/webchat/messages: one user turn; the replies come back in the body. */
  async postMessage(request: WebChatRequest): Promise<HttpResult> {
    if (this.mode !== 'local') return NOT_LOCAL;
    const refused = this.refuse(request);
    if (refused) return refused;
    const session = this.sessions.verify(request.authorization?.replace(/^Bearer\s+/i, ''));
    if (!session)
      return jsonResult(401, {
        error: 'Web chat: missing or expired conversation token; start a new conversation.',
      });
    const read = readWebChatPayload(request.body);
    if (!read.ok) return jsonResult(400, { error: read.error });
    const activity = buildWebChatActivity(read.payload, session, this.kb.content.botName);
    const replies = await this.adapter.runTurn(activity, this.options.logic);
    const received = activity.timestamp instanceof Date ? activity.timestamp.getTime() : Date.now();
    const shown = replies
      .filter((reply) => reply.type === 'message' || reply.type === 'typing')
      .map((reply, index) => stampReply(reply, received, index, activity.type === 'message'));
    // The page echoes the user's message with this id and time, so Web Chat can order replies after it.
    return jsonResult(200, {
      id: activity.id,
      timestamp: new Date(received).toISOString(),
      activities: shown,
    });
  }

  /** GET /api/directline/token: exchanges the secret for a token; 404 when Direct Line is not configured. */
  async directLineToken(request: WebChatRequest): Promise<HttpResult> {
    const secret = this.options.config.DIRECT_LINE_SECRET;
    if (!secret) return jsonResult(404, { error: 'Direct Line is not configured' });
    const refused = this.refuse(request);
    if (refused) return refused;
    try {
      const token = await fetchDirectLineToken(secret, this.options.fetch);
      return jsonResult(200, { ...token });
    } catch (error) {
      // The message names the status only, never the secret.
      this.options.logger.error('webchat.directline.token-failed', {
        reason: error instanceof DirectLineTokenError ? error.message : 'unexpected',
      });
      return jsonResult(502, { error: 'Could not get a Direct Line token; try again later.' });
    }
  }

  private refuse(request: WebChatRequest): HttpResult | undefined {
    if (request.bodyBytes > MAX_PAYLOAD_BYTES)
      return jsonResult(413, { error: `Web chat: request body over ${MAX_PAYLOAD_BYTES} bytes` });
    const decision = this.limiter.take(request.clientKey);
    if (!decision.allowed) {
      this.options.logger.warn('webchat.rate-limited', { client: request.clientKey });
      return jsonResult(
        429,
        { error: 'Too many requests; slow down.' },
        { 'retry-after': String(decision.retryAfterSeconds) },
      );
    }
    return undefined;
  }
}

/**
 * expectReplies leaves replies without id or time; Web Chat needs both to key and order them. Replies to the
 * join event lose their replyToId: the event is never shown, and Web Chat would wait for it before rendering.
 */
function stampReply(
  reply: Partial<Activity>,
  received: number,
  index: number,
  repliesToVisible: boolean,
): Partial<Activity> {
  const stamped: Partial<Activity> = {
    ...reply,
    id: reply.id ?? randomUUID(),
    timestamp: new Date(Math.max(Date.now(), received + 1) + index),
    from: { id: reply.from?.id ?? 'bot', name: reply.from?.name ?? '', role: 'bot' },
  };
  if (!repliesToVisible) delete stamped.replyToId;
  return stamped;
}
