import { post, startServer, userActivity, watchTempDirectory, type RunningServer } from '../support/testKit';

/**
 * restify's body parser used to accept multipart uploads and write them to the temp directory before any
 * check; bodies are now read as JSON only, in memory, on every route.
 */
let running: RunningServer;
let temp: ReturnType<typeof watchTempDirectory>;

beforeAll(async () => {
  temp = watchTempDirectory();
  running = await startServer();
});
afterAll(async () => {
  await running.close();
  temp.restore();
});

function multipart(bytes: number): FormData {
  const form = new FormData();
  form.append('type', 'message');
  form.append('upload', new Blob([Buffer.alloc(bytes, 120)]), 'big.bin');
  return form;
}

async function startConversation(): Promise<string> {
  const response = await fetch(`${running.url}/api/webchat/conversations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  return ((await response.json()) as { token: string }).token;
}

describe('request bodies are JSON only and never touch the disk', () => {
  it('answers a multipart upload to /api/messages with 415 and writes no temp file', async () => {
    const response = await fetch(`${running.url}/api/messages`, { method: 'POST', body: multipart(200_000) });
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/must be JSON/) });
    expect(temp.files()).toEqual([]);
  });

  it('answers a multipart upload to the web chat endpoint with 415 (413 past 8 KB) and writes no temp file', async () => {
    const token = await startConversation();
    const send = (bytes: number) =>
      fetch(`${running.url}/api/webchat/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: multipart(bytes),
      });
    expect((await send(1000)).status).toBe(415);
    expect((await send(200_000)).status).toBe(413);
    expect(temp.files()).toEqual([]);
  });

  it('refuses a form-urlencoded activity (a cross-site form cannot drive the bot)', async () => {
    const response = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'type=message&text=hi&conversation[id]=x&deliveryMode=expectReplies',
    });
    expect(response.status).toBe(415);
  });

  it('refuses JSON sent as text/plain, and still answers the same activity sent as application/json', async () => {
    const activity = userActivity({ text: 'hi' });
    const plain = await post(running.url, JSON.stringify(activity), { 'content-type': 'text/plain' });
    expect(plain.status).toBe(415);
    const json = await post(running.url, activity, { 'content-type': 'application/json; charset=utf-8' });
    expect(json.status).toBe(200);
  });

  it('answers a body over MAX_BODY_BYTES with 413 however it is labelled', async () => {
    const response = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: Buffer.alloc(300_000, 1),
    });
    expect(response.status).toBe(413);
  });
});

describe('routes and assets come from maps, not from object prototypes', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'GET /webchat/%s is a plain 404',
    async (name) => {
      const response = await fetch(`${running.url}/webchat/${name}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toMatch(/TypeError|is not a function|\bat .+\.[jt]s:\d+/);
    },
  );

  it('GET /__proto__ and /constructor are 404', async () => {
    expect((await fetch(`${running.url}/__proto__`)).status).toBe(404);
    expect((await fetch(`${running.url}/constructor`)).status).toBe(404);
  });
});

describe('request ids', () => {
  it('echoes a given x-request-id and puts it on every log line of that request', async () => {
    const response = await post(running.url, userActivity({ text: 'what foods have magnesium' }), {
      'x-request-id': 'probe-42',
    });
    expect(response.status).toBe(200);
    const lines = running.logger.lines.filter((line) => line.requestId === 'probe-42');
    expect(lines.map((line) => line.event)).toEqual(
      expect.arrayContaining(['question.answered', 'http.request']),
    );
    const answered = lines.find((line) => line.event === 'question.answered');
    expect(answered).toMatchObject({ activityType: 'message', route: '/api/messages', kind: 'answer' });
    expect(answered?.id).toEqual(expect.any(String));
    expect(answered?.score).toEqual(expect.any(Number));
    expect(answered?.engineMs).toEqual(expect.any(Number));
    const request = lines.find((line) => line.event === 'http.request');
    expect(request).toMatchObject({ status: 200, latencyMs: expect.any(Number) });
  });

  it('makes up a request id when none (or a malformed one) is given', async () => {
    const response = await fetch(`${running.url}/healthz`, {
      headers: { 'x-request-id': 'x'.repeat(300) },
    });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
