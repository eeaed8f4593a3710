import { createServer, type IncomingMessage, type Server } from 'node:http';
import { post, startServer, userActivity, type RunningServer } from '../support/testKit';

/** A loopback channel: records each reply the bot posts to its Connector API and answers 200. */
async function startChannel(): Promise<{ url: string; replies: string[]; close(): Promise<void> }> {
  const replies: string[] = [];
  const server: Server = createServer((request: IncomingMessage, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const activity = JSON.parse(body) as { text?: string; attachments?: unknown[] };
      replies.push(
        `${request.method} ${request.url} ${activity.attachments ? 'card' : (activity.text ?? '')}`,
      );
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: `reply-${replies.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    replies,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface Health {
  caches: { connectorClients: number; userTokenClients: number };
}

describe('connector clients shared between turns', () => {
  let bot: RunningServer;
  const channels: Array<Awaited<ReturnType<typeof startChannel>>> = [];
  beforeAll(async () => {
    bot = await startServer();
  });
  afterAll(async () => {
    await bot.close();
    await Promise.all(channels.map((channel) => channel.close()));
  });

  test('every turn of a conversation posts its reply to its own channel, and /healthz counts one client per channel', async () => {
    const [first, second] = await Promise.all([startChannel(), startChannel()]);
    channels.push(first, second);
    const turn = async (channel: { url: string }, conversation: string, text: string) => {
      const activity = userActivity({ serviceUrl: channel.url, conversation: { id: conversation }, text });
      delete activity.deliveryMode;
      expect((await post(bot.url, activity)).status).toBe(200);
    };
    await turn(first, 'shared-a', 'how much magnesium do I need');
    await turn(first, 'shared-a', 'what foods have it?');
    await turn(second, 'shared-b', 'hello');
    await turn(first, 'shared-c', 'thanks');
    expect(first.replies).toEqual([
      'POST /v3/conversations/shared-a/activities/activity-1 card',
      'POST /v3/conversations/shared-a/activities/activity-2 card',
      expect.stringMatching(/^POST \/v3\/conversations\/shared-c\/activities\/activity-4 /),
    ]);
    expect(second.replies).toEqual([
      expect.stringMatching(/^POST \/v3\/conversations\/shared-b\/activities\/activity-3 /),
    ]);
    const health = (await (await fetch(`${bot.url}/healthz`)).json()) as Health;
    expect(health.caches).toMatchObject({ connectorClients: 2, userTokenClients: 1 });
  });
});
