import type { FetchLike } from '../../src/webchat/fetchDirectLineToken';
import { postJson, type Reply, startService } from './serviceKit';

async function startConversation(url: string): Promise<string> {
  const response = await postJson(`${url}/api/webchat/conversations`, {});
  expect(response.status).toBe(200);
  return response.json.token as string;
}

describe('the first-party web chat endpoint', () => {
  test('the page and its bundles are served from this service, with the knowledge base disclaimer in the page', async () => {
    const service = await startService();
    try {
      const page = await fetch(`${service.url}/`);
      const html = await page.text();
      expect(page.status).toBe(200);
      expect(html).toContain('<title>Cramp &#38; Nutrient Helper</title>');
      expect(html).toContain('General information only, not medical advice.');
      expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
      const bundle = await fetch(`${service.url}/webchat/webchat.js`);
      expect(bundle.status).toBe(200);
      expect(bundle.headers.get('content-type')).toContain('javascript');
    } finally {
      await service.close();
    }
  });

  test('a question gets the answer card back, and the server, not the browser, decides channel, conversation and sender', async () => {
    const service = await startService();
    try {
      const token = await startConversation(service.url);
      const response = await postJson(
        `${service.url}/api/webchat/messages`,
        { type: 'message', text: 'What vitamin deficiency causes leg cramps?', locale: 'en-US' },
        { authorization: `Bearer ${token}` },
      );
      expect(response.status).toBe(200);
      const [answer] = response.json.activities as Reply[];
      expect(answer?.text).toContain('vitamin D');
      expect(answer?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(answer?.id).toBeTruthy();
      expect(answer?.from?.role).toBe('bot');
      expect(answer?.replyToId).toBe(response.json.id);
      const logged = service.logs.find((line) => line.event === 'question.answered');
      // The log groups a conversation by a hash of its id; the id itself never reaches the log.
      expect(String(logged?.conversationId)).toMatch(/^[0-9a-f]{16}$/);
      expect(JSON.stringify(service.logs)).not.toContain('webchat-');
    } finally {
      await service.close();
    }
  });

  test('a client-supplied full activity is refused: only text, value and locale are accepted', async () => {
    const service = await startService();
    try {
      const token = await startConversation(service.url);
      const response = await postJson(
        `${service.url}/api/webchat/messages`,
        {
          type: 'message',
          text: 'hi',
          channelId: 'msteams',
          conversation: { id: 'someone-else' },
          serviceUrl: 'http://evil.example',
        },
        { authorization: `Bearer ${token}` },
      );
      expect(response.status).toBe(400);
      const invoke = await postJson(
        `${service.url}/api/webchat/messages`,
        { type: 'invoke', name: 'message/submitAction' },
        { authorization: `Bearer ${token}` },
      );
      expect(invoke.status).toBe(400);
    } finally {
      await service.close();
    }
  });

  test('a message without a server-issued conversation token, or with a forged one, gets 401', async () => {
    const service = await startService();
    try {
      const none = await postJson(`${service.url}/api/webchat/messages`, { type: 'message', text: 'hi' });
      expect(none.status).toBe(401);
      const token = await startConversation(service.url);
      const forged = `00000000-0000-4000-8000-000000000000.${token.split('.')[1]}`;
      const response = await postJson(
        `${service.url}/api/webchat/messages`,
        { type: 'message', text: 'hi' },
        { authorization: `Bearer ${forged}` },
      );
      expect(response.status).toBe(401);
    } finally {
      await service.close();
    }
  });

  test('a client over WEBCHAT_RATE_LIMIT_PER_MINUTE gets 429 with Retry-After', async () => {
    const service = await startService({ WEBCHAT_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const token = await startConversation(service.url);
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 3; i += 1) {
        const response = await postJson(
          `${service.url}/api/webchat/messages`,
          { type: 'message', text: 'help' },
          { authorization: `Bearer ${token}` },
        );
        statuses.push(response.status);
        retryAfter = response.headers.get('retry-after') ?? retryAfter;
      }
      expect(statuses).toEqual([200, 200, 429]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      expect(Number(retryAfter)).toBeLessThanOrEqual(60);
    } finally {
      await service.close();
    }
  });

  test('an oversized message gets 413 and never reaches the bot', async () => {
    const service = await startService();
    try {
      const token = await startConversation(service.url);
      const response = await postJson(
        `${service.url}/api/webchat/messages`,
        { type: 'message', text: 'a'.repeat(20_000) },
        { authorization: `Bearer ${token}` },
      );
      expect(response.status).toBe(413);
      const huge = await postJson(
        `${service.url}/api/webchat/messages`,
        { type: 'message', text: 'a'.repeat(400_000) },
        { authorization: `Bearer ${token}` },
      );
      expect(huge.status).toBe(413);
      expect(service.logs.some((line) => String(line.event).startsWith('question.'))).toBe(false);
    } finally {
      await service.close();
    }
  });

  test('with WEBCHAT_ENABLED=false the page and the endpoint are 404', async () => {
    const service = await startService({ WEBCHAT_ENABLED: 'false' });
    try {
      expect((await fetch(`${service.url}/`)).status).toBe(404);
      expect((await fetch(`${service.url}/webchat/app.js`)).status).toBe(404);
      expect((await postJson(`${service.url}/api/webchat/conversations`, {})).status).toBe(404);
      expect(
        (await postJson(`${service.url}/api/webchat/messages`, { type: 'message', text: 'hi' })).status,
      ).toBe(404);
      expect((await fetch(`${service.url}/api/directline/token`)).status).toBe(404);
    } finally {
      await service.close();
    }
  });

  test('with app credentials set, /api/messages still refuses an unauthenticated activity while the web chat keeps answering', async () => {
    const service = await startService({
      MicrosoftAppId: '00000000-0000-0000-0000-00000000b0b0',
      MicrosoftAppPassword: 'not-a-real-password',
    });
    try {
      const direct = await postJson(`${service.url}/api/messages`, {
        type: 'message',
        text: 'help',
        channelId: 'webchat',
        serviceUrl: 'https://webchat.invalid/',
        conversation: { id: 'c1' },
        from: { id: 'u1' },
        recipient: { id: 'bot' },
        deliveryMode: 'expectReplies',
      });
      expect(direct.status).toBe(401);
      const token = await startConversation(service.url);
      const viaWebChat = await postJson(
        `${service.url}/api/webchat/messages`,
        { type: 'message', text: 'help' },
        { authorization: `Bearer ${token}` },
      );
      expect(viaWebChat.status).toBe(200);
    } finally {
      await service.close();
    }
  });
});

describe('the Direct Line token route', () => {
  const secret = 'dl-secret-never-in-the-browser';

  test('exchanges the secret for a token server-side and never shows the secret to the browser', async () => {
    const calls: Array<{ url: string; authorization: string | undefined; body: string }> = [];
    const fakeFetch: FetchLike = async (url, init) => {
      calls.push({ url, authorization: init.headers.authorization, body: init.body });
      return {
        ok: true,
        status: 200,
        json: async () => ({ conversationId: 'dl-conv', token: 'dl-token', expires_in: 1800 }),
      };
    };
    const service = await startService({ DIRECT_LINE_SECRET: secret }, fakeFetch);
    try {
      const response = await fetch(`${service.url}/api/directline/token`);
      const text = await response.text();
      expect(response.status).toBe(200);
      expect(JSON.parse(text)).toEqual({ token: 'dl-token', expiresIn: 1800, conversationId: 'dl-conv' });
      expect(calls).toHaveLength(1);
      expect(calls[0]?.url).toBe('https://directline.botframework.com/v3/directline/tokens/generate');
      expect(calls[0]?.authorization).toBe(`Bearer ${secret}`);
      expect(JSON.parse(calls[0]!.body).user.id).toMatch(/^dl_/);
      const page = await (await fetch(`${service.url}/`)).text();
      expect(text + page).not.toContain(secret);
      expect(page).toContain('data-mode="directline"');
      // In Direct Line mode the anonymous first-party endpoint is closed.
      expect((await postJson(`${service.url}/api/webchat/conversations`, {})).status).toBe(404);
    } finally {
      await service.close();
    }
  });

  test('a Direct Line failure becomes a 502 that names neither the secret nor the upstream error', async () => {
    const fakeFetch: FetchLike = async () => ({
      ok: false,
      status: 403,
      json: async () => ({ error: { message: `bad secret ${secret}` } }),
    });
    const service = await startService({ DIRECT_LINE_SECRET: secret }, fakeFetch);
    try {
      const response = await fetch(`${service.url}/api/directline/token`);
      expect(response.status).toBe(502);
      expect(await response.text()).not.toContain(secret);
      expect(JSON.stringify(service.logs)).not.toContain(secret);
    } finally {
      await service.close();
    }
  });

  test('without DIRECT_LINE_SECRET the token route is 404', async () => {
    const service = await startService();
    try {
      expect((await fetch(`${service.url}/api/directline/token`)).status).toBe(404);
    } finally {
      await service.close();
    }
  });
});
