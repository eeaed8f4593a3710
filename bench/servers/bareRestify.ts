import restify, { type Request, type Response } from 'restify';

/**
 * Server (a): the floor of the HTTP stack alone. The same restify version and body parser as the bot, and
 * a reply of the same shape, but no Bot Framework and no bot.
 */
const server = restify.createServer({ name: 'bench-bare', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false, rejectUnknown: true }));
server.post('/api/messages', async (request: Request, response: Response) => {
  const { text } = request.body as { text?: string };
  response.json(200, { activities: [{ type: 'message', text: `Echo: ${text ?? ''}` }] });
});
server.get('/healthz', async (_request: Request, response: Response) => {
  response.json(200, { status: 'ok' });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`Ready on http://127.0.0.1:${server.address().port}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
