import restify, { type Request, type Response, type Server } from 'restify';
import type { Config } from './config';
import type { Logger } from './logger';

export interface ServerDeps {
  config: Config;
  logger: Logger;
  /** Handles one POST /api/messages request (the CloudAdapter bound to the bot). */
  handleMessages(request: Request, response: Response): Promise<void>;
  health(): { entries: number; kbVersion: string };
}

/**
 * The only file that knows restify. Routes: POST /api/messages (Bot Framework), GET /healthz. Every failure
 * ends in a JSON 4xx/5xx with no stack trace, and the process keeps serving.
 */
export function createServer(deps: ServerDeps): Server {
  const { config, logger } = deps;
  const server = restify.createServer({ name: 'leg-cramp-faq-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: config.MAX_BODY_BYTES, mapParams: false, rejectUnknown: true }));

  server.post('/api/messages', async (request: Request, response: Response) => {
    if (!isActivityLike(request.body)) {
      sendJson(response, 400, { error: 'Request body must be a Bot Framework activity (a JSON object with a "type").' });
      return;
    }
    try {
      await deps.handleMessages(request, response);
    } catch (error) {
      logger.error('http.messages.error', { error });
      if (!response.headersSent) sendJson(response, 400, { error: 'The activity could not be processed.' });
    }
  });

  server.get('/healthz', (_request: Request, response: Response) => {
    sendJson(response, 200, { status: 'ok', ...deps.health() });
  });

  server.on('restifyError', (request: Request, _response: Response, error: Error & { statusCode?: number }, callback: () => void) => {
    logger.info('http.rejected', { method: request.method, path: request.path(), status: error.statusCode ?? 500, reason: error.name });
    // restify would otherwise echo internal error details; keep the body short and safe.
    (error as { toJSON?: () => unknown }).toJSON = () => ({ error: error.statusCode && error.statusCode < 500 ? error.message : 'Internal error' });
    callback();
  });
  return server;
}

function isActivityLike(body: unknown): body is { type: string } {
  return body !== null && typeof body === 'object' && !Array.isArray(body) && typeof (body as { type?: unknown }).type === 'string';
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
