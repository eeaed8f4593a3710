import restify, { type Request, type Response } from 'restify';
import { createEchoBot } from './createEchoBot';

/**
 * Server (b): the framework's own floor. The minimal CloudAdapter echo bot behind the same restify and body
 * parser: every cost here belongs to botbuilder and restify.
 */
const { adapter, bot } = createEchoBot();

const server = restify.createServer({ name: 'bench-echo', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false, rejectUnknown: true }));
server.post('/api/messages', async (request: Request, response: Response) =>
  adapter.process(request, response, (context) => bot.run(context)),
);
server.get('/healthz', async (_request: Request, response: Response) => {
  response.json(200, { status: 'ok' });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`Ready on http://127.0.0.1:${server.address().port}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
