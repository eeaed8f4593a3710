import restify, { type Request, type Response, type Server } from 'restify';
import type { Config } from './config';
import type { Logger } from './logger';
import type { HttpResult } from './webchat/HttpResult';
import type { WebChatRequest, WebChatService } from './webchat/WebChatService';

export interface ServerDeps {
  config: Config;
  logger: Logger;
  /** Handles one POST /api/messages request (the CloudAdapter bound to the bot). */
  handleMessages(request: Request, response: Response): Promise<void>;
  health(): { entries: number; kbVersion: string };
  /** The web page and its first-party chat endpoint; absent when WEBCHAT_ENABLED=false (then all 404). */
  webchat?: WebChatService;
}

/**
 * The only file that knows restify. Routes: POST /api/messages (Bot Framework), GET /healthz, and the web chat
 * routes (see addWebChatRoutes). Every failure
 * ends in a JSON 4xx/5xx with no stack trace, and the process keeps serving.
 */
export function createServer(deps: ServerDeps): Server {
  const { config, logger } = deps;
  const server = restify.createServer({ name: 'leg-cramp-faq-bot', handleUncaughtExceptions: false });
  server.use(
    restify.plugins.bodyParser({ maxBodySize: config.MAX_BODY_BYTES, mapParams: false, rejectUnknown: true }),
  );

  server.post('/api/messages', async (request: Request, response: Response) => {
    const problem = activityProblem(request.body);
    if (problem) {
      sendJson(response, 400, { error: problem });
      return;
    }
    try {
      await deps.handleMessages(request, response);
    } catch (error) {
      logger.error('http.messages.error', { error });
      if (!response.headersSent) sendJson(response, 400, { error: 'The activity could not be processed.' });
    }
  });

  server.get('/healthz', async (_request: Request, response: Response) => {
    sendJson(response, 200, { status: 'ok', ...deps.health() });
  });

  if (deps.webchat) addWebChatRoutes(server, deps.webchat, logger);

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

/**
 * GET / (the page), GET /webchat/:asset, POST /api/webchat/conversations, POST /api/webchat/messages and
 * GET /api/directline/token. The logic lives in src/webchat; this only translates HTTP.
 */
function addWebChatRoutes(server: Server, webchat: WebChatService, logger: Logger): void {
  const readRequest = (request: Request): WebChatRequest => {
    const raw = (request as Request & { rawBody?: string | Buffer }).rawBody;
    return {
      // The socket address, not X-Forwarded-For: a client could forge that header to dodge the limit.
      clientKey: request.socket.remoteAddress ?? 'unknown',
      authorization: request.header('authorization') || undefined,
      body: request.body,
      bodyBytes: raw === undefined ? 0 : Buffer.byteLength(raw),
      acceptsGzip: /\bgzip\b/.test(request.header('accept-encoding') ?? ''),
    };
  };
  const guarded =
    (handler: (request: WebChatRequest) => HttpResult | Promise<HttpResult>) =>
    async (request: Request, response: Response) => {
      try {
        sendResult(response, await handler(readRequest(request)));
      } catch (error) {
        logger.error('http.webchat.error', { error, path: request.path() });
        if (!response.headersSent) sendJson(response, 500, { error: 'Internal error' });
      }
    };
  server.get(
    '/',
    guarded(() => webchat.renderPage()),
  );
  server.get('/webchat/:asset', async (request: Request, response: Response) => {
    sendResult(
      response,
      webchat.serveAsset(String(request.params.asset), readRequest(request).acceptsGzip ?? false),
    );
  });
  server.post(
    '/api/webchat/conversations',
    guarded((request) => webchat.startConversation(request)),
  );
  server.post(
    '/api/webchat/messages',
    guarded((request) => webchat.postMessage(request)),
  );
  server.get(
    '/api/directline/token',
    guarded((request) => webchat.directLineToken(request)),
  );
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
function activityProblem(body: unknown): string | undefined {
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
