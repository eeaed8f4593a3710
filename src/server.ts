import { randomUUID } from 'node:crypto';
import type { Request, Response, Server, ServerOptions } from 'restify';
import type { MessageResult } from './adapter';
import type { Config } from './config';
import { RestifyRouter, RestifyServer, restifyPino } from './framework/restifyServer';
import { clientAddress } from './http/clientAddress';
import { readJsonBody } from './http/readJsonBody';
import { serviceUrlAllowed } from './http/serviceUrlPolicy';
import { currentRequestContext, runWithRequestContext } from './http/requestContext';
import type { Logger } from './logger';
import type { Metrics } from './metrics/createMetrics';
import type { HttpResult } from './webchat/HttpResult';
import { MAX_PAYLOAD_BYTES } from './webchat/readWebChatPayload';
import type { WebChatRequest, WebChatService } from './webchat/WebChatService';

export interface ServerDeps {
  config: Config;
  logger: Logger;
  /** Handles one Bot Framework activity (the CloudAdapter bound to the bot); never throws. */
  handleMessage(activity: Record<string, unknown>, authorization: string | undefined): Promise<MessageResult>;
  health(): { entries: number; kbVersion: string };
  /** False until the knowledge base is loaded and again once draining: /readyz answers 503. */
  ready(): boolean;
  metrics: Metrics;
  /** The web page and its first-party chat endpoint; absent when WEBCHAT_ENABLED=false (then all 404). */
  webchat?: WebChatService;
}

/** Per server: whether it is draining, and the responses still being written. */
interface ServerState {
  draining: boolean;
  open: Set<Response>;
  idle: Array<() => void>;
  /** Set while draining: closes connections that just became idle. */
  closeIdle?: () => void;
}
const STATES = new WeakMap<Server, ServerState>();

/** A request id a client or proxy may pass on; anything else gets a fresh one. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * What `restify.createServer({ name, handleUncaughtExceptions: false })` builds (restify 12.0.0, lib/index.js:
 * a pino logger, a router, the server), without loading restify's index: it also loads every plugin (body
 * parsers, static files, http-signature and its SSH-key stack), about 260 modules and 0.15 s of CPU at each
 * start for nothing used here. The modules come from src/framework/restifyServer.ts (bundled by the build), and
 * every route test runs through this.
 */
function createRestifyServer(name: string): Server {
  const options: ServerOptions = { name, handleUncaughtExceptions: false, log: restifyPino({ name }) };
  return new RestifyServer({ ...options, router: new RestifyRouter(options) });
}

/**
 * The only file that knows restify. Routes: POST /api/messages (Bot Framework), GET /healthz, and the web chat
 * routes (see addWebChatRoutes). Bodies are read here, as JSON only and in memory (no body parser plugin: it
 * would accept multipart uploads into temp files). Every failure ends in a JSON 4xx/5xx with no stack trace,
 * and the process keeps serving.
 */
export function createServer(deps: ServerDeps): Server {
  const { config, logger } = deps;
  const server = createRestifyServer('leg-cramp-faq-bot');
  const state: ServerState = { draining: false, open: new Set(), idle: [] };
  STATES.set(server, state);
  const route = routeWrapper(logger, deps.metrics, state);

  server.post(
    '/api/messages',
    route('/api/messages', async (request, response) => {
      const read = await readJsonBody(request, config.MAX_BODY_BYTES);
      if (!read.ok) return sendJson(response, read.status, { error: read.error });
      const problem = activityProblem(read.body, config);
      if (problem) return sendJson(response, 400, { error: problem });
      const activity = read.body as Record<string, unknown>;
      const context = currentRequestContext();
      if (context) context.activityType = String(activity.type);
      const result = await deps.handleMessage(activity, request.header('authorization') || undefined);
      if (result.body === undefined) {
        response.writeHead(result.status, { 'content-length': '0' });
        response.end();
        return;
      }
      sendJson(response, result.status, result.body);
    }),
  );

  server.get(
    '/healthz',
    route('/healthz', async (_request, response) => {
      sendJson(response, 200, { status: 'ok', ...deps.health() });
    }),
  );

  server.get(
    '/readyz',
    route('/readyz', async (_request, response) => {
      const ready = deps.ready() && !state.draining;
      sendJson(response, ready ? 200 : 503, {
        status: ready ? 'ready' : state.draining ? 'draining' : 'loading',
      });
    }),
  );

  server.get(
    '/metrics',
    route('/metrics', async (_request, response) => {
      const { contentType, body } = await deps.metrics.render();
      response.writeHead(200, {
        'content-type': contentType,
        'content-length': String(Buffer.byteLength(body)),
      });
      response.end(body);
    }),
  );

  if (deps.webchat) addWebChatRoutes(server, deps.webchat, config, route);

  server.on(
    'restifyError',
    (request: Request, _response: Response, error: Error & { statusCode?: number }, callback: () => void) => {
      logger.info('http.rejected', {
        method: request.method,
        path: request.path(),
        status: error.statusCode ?? 500,
        reason: error.name,
      });
      // restify would otherwise echo internal error details; keep the body short and safe.
      (error as { toJSON?: () => unknown }).toJSON = () => ({
        error: error.statusCode && error.statusCode < 500 ? error.message : 'Internal error',
      });
      callback();
    },
  );
  return server;
}

type Handler = (request: Request, response: Response) => Promise<void>;

/**
 * Every route runs inside a request context (its id comes from `x-request-id` or is generated, and is echoed
 * back), logs one `http.request` line with status and latency, and turns an unexpected error into a generic 500.
 */
function routeWrapper(logger: Logger, metrics: Metrics, state: ServerState) {
  return (name: string, handler: Handler): Handler =>
    async (request, response) => {
      const given = request.header('x-request-id');
      const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
      const started = process.hrtime.bigint();
      response.setHeader('x-request-id', requestId);
      // While draining, a request that still arrives on a kept-alive connection is served, then that
      // connection closes.
      if (state.draining) response.shouldKeepAlive = false;
      state.open.add(response);
      response.once('finish', () => {
        if (state.draining) setImmediate(() => state.closeIdle?.());
      });
      await runWithRequestContext({ requestId, route: name }, async () => {
        try {
          await handler(request, response);
        } catch (error) {
          logger.error('http.error', { error });
          if (!response.headersSent) sendJson(response, 500, { error: 'Internal error' });
        } finally {
          state.open.delete(response);
          if (state.open.size === 0) for (const notify of state.idle.splice(0)) notify();
        }
        metrics.observeRequest(name, request.method ?? 'GET', response.statusCode);
        logger.info('http.request', {
          method: request.method,
          status: response.statusCode,
          latencyMs: Number(process.hrtime.bigint() - started) / 1e6,
        });
      });
    };
}

/**
 * Graceful drain: stop accepting connections, close idle kept-alive ones at once and busy ones after their
 * current response, and wait for the requests in flight, at most `timeoutMs`; then cut what is left.
 */
export async function drainServer(server: Server, timeoutMs: number): Promise<{ forced: boolean }> {
  const state = STATES.get(server);
  if (!state) throw new Error('drainServer: not a server made by createServer');
  state.draining = true;
  state.closeIdle = () => server.server.closeIdleConnections();
  for (const response of state.open) if (!response.headersSent) response.shouldKeepAlive = false;
  const closed = new Promise<void>((resolve) => server.server.close(() => resolve()));
  server.server.closeIdleConnections();
  const finished =
    state.open.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => state.idle.push(resolve));
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const outcome = await Promise.race([Promise.all([finished, closed]), timedOut]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    server.server.closeAllConnections();
    return { forced: true };
  }
  return { forced: false };
}

/**
 * GET / (the page), GET /webchat/:asset, POST /api/webchat/conversations, POST /api/webchat/messages and
 * GET /api/directline/token. The logic lives in src/webchat; this only translates HTTP.
 */
function addWebChatRoutes(
  server: Server,
  webchat: WebChatService,
  config: Config,
  route: ReturnType<typeof routeWrapper>,
): void {
  const readRequest = (request: Request, body?: unknown, bodyBytes = 0): WebChatRequest => ({
    clientKey: clientAddress(
      request.socket.remoteAddress,
      request.headers['x-forwarded-for'],
      config.TRUST_PROXY,
    ),
    authorization: request.header('authorization') || undefined,
    body,
    bodyBytes,
    acceptsGzip: /\bgzip\b/.test(request.header('accept-encoding') ?? ''),
  });
  const get = (
    path: string,
    handler: (request: WebChatRequest, raw: Request) => HttpResult | Promise<HttpResult>,
  ) =>
    server.get(
      path,
      route(path, async (request, response) =>
        sendResult(response, await handler(readRequest(request), request)),
      ),
    );
  const post = (path: string, handler: (request: WebChatRequest) => HttpResult | Promise<HttpResult>) =>
    server.post(
      path,
      route(path, async (request, response) => {
        const read = await readJsonBody(request, MAX_PAYLOAD_BYTES);
        if (!read.ok) return sendJson(response, read.status, { error: `Web chat: ${read.error}` });
        sendResult(response, await handler(readRequest(request, read.body, read.bytes)));
      }),
    );
  get('/', () => webchat.renderPage());
  get('/webchat/:asset', (request, raw) =>
    webchat.serveAsset(String(raw.params.asset), request.acceptsGzip ?? false),
  );
  post('/api/webchat/conversations', (request) => webchat.startConversation(request));
  post('/api/webchat/messages', (request) => webchat.postMessage(request));
  get('/api/directline/token', (request) => webchat.directLineToken(request));
}

function sendResult(response: Response, result: HttpResult): void {
  if (typeof result.body === 'string' || Buffer.isBuffer(result.body)) {
    // Raw write: restify's formatters would re-encode HTML and gzip bodies.
    response.writeHead(result.status, {
      'content-length': String(Buffer.byteLength(result.body)),
      ...result.headers,
    });
    response.end(result.body);
    return;
  }
  for (const [name, value] of Object.entries(result.headers ?? {})) response.header(name, value);
  sendJson(response, result.status, result.body);
}

/** The fields every channel sends; without them no reply can be addressed, so say so instead of guessing. */
function activityProblem(body: unknown, config: Config): string | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return 'Request body must be a Bot Framework activity (a JSON object).';
  const activity = body as {
    type?: unknown;
    conversation?: { id?: unknown };
    serviceUrl?: unknown;
    deliveryMode?: unknown;
  };
  if (typeof activity.type !== 'string' || activity.type.length === 0) return 'Activity is missing "type".';
  if (typeof activity.conversation?.id !== 'string') return 'Activity is missing "conversation.id".';
  if (activity.deliveryMode !== 'expectReplies' && typeof activity.serviceUrl !== 'string')
    return 'Activity is missing "serviceUrl" (or use "deliveryMode": "expectReplies").';
  if (
    !config.authEnabled &&
    activity.deliveryMode !== 'expectReplies' &&
    // An invoke is answered in the HTTP response; nothing is sent to its serviceUrl.
    activity.type !== 'invoke' &&
    !serviceUrlAllowed(String(activity.serviceUrl), config.SERVICE_URL_ALLOW_LIST)
  )
    return 'Activity "serviceUrl" is not allowed: with auth off only loopback and SERVICE_URL_ALLOW_LIST origins are.';
  return undefined;
}

function sendJson(response: Response, status: number, body: unknown): void {
  response.status(status);
  response.json(body);
}

/** Starts listening and resolves with the bound port (0 picks a free one, for tests). */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      resolve(server.address().port);
    });
  });
}
