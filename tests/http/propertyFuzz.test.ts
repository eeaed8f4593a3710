import fc from 'fast-check';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, userActivity, type RunningServer } from '../support/testKit';

/**
 * Property tests over every route: 10,000 generated requests (activities, raw bodies of every content type,
 * huge and nested values, odd Unicode, odd paths and methods). Whatever arrives, the service answers below
 * 500, never shows a stack trace, never leaves a file in the temp directory, and stays healthy.
 */
const BATCHES = 200;
const BATCH_SIZE = 50;

let running: RunningServer;
let uploadsDir: string;
let webchatToken = '';
const savedTmp = process.env.TMPDIR;

beforeAll(async () => {
  uploadsDir = mkdtempSync(join(tmpdir(), 'fuzz-tmp-'));
  process.env.TMPDIR = uploadsDir;
  running = await startServer({ env: { WEBCHAT_RATE_LIMIT_PER_MINUTE: '1000000000' } });
  const started = await fetch(`${running.url}/api/webchat/conversations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  webchatToken = ((await started.json()) as { token: string }).token;
});
afterAll(async () => {
  await running.close();
  process.env.TMPDIR = savedTmp;
  rmSync(uploadsDir, { recursive: true, force: true });
});

interface FuzzRequest {
  method: string;
  path: string;
  contentType?: string;
  authorization?: 'webchat' | 'garbage' | 'none';
  body?: string | Uint8Array;
}

const oddText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uFEFF',
    '\u202E',
    '𝕞𝕒𝕘𝕟𝕖𝕤𝕚𝕦𝕞',
    'x'.repeat(5000),
    '<script>',
    '{{x}}',
    '__proto__',
  ),
);
const nested = fc.jsonValue({ maxDepth: 12 });
const activityArb = fc.record(
  {
    type: fc.oneof(
      fc.constantFrom(
        'message',
        'conversationUpdate',
        'invoke',
        'event',
        'typing',
        'messageReaction',
        'installationUpdate',
      ),
      oddText,
    ),
    text: fc.oneof(oddText, nested),
    value: fc.oneof(
      nested,
      fc.record({
        action: fc.constantFrom('ask', 'none-of-these', 'feedback'),
        entryId: oddText,
        question: oddText,
      }),
    ),
    name: fc.oneof(fc.constantFrom('message/submitAction', 'webchat/join'), oddText),
    channelId: fc.oneof(fc.constantFrom('msteams', 'webchat', 'test'), oddText),
    locale: oddText,
    entities: fc.array(nested, { maxLength: 5 }),
    membersAdded: fc.array(fc.record({ id: oddText }), { maxLength: 3 }),
    deliveryMode: fc.constantFrom('expectReplies', 'expectReplies', 'expectReplies', undefined, 'normal'),
    serviceUrl: fc.constantFrom('http://127.0.0.1:9', 'https://attacker.example', 'not a url', undefined),
    timestamp: fc.oneof(fc.constant('2026-01-01T00:00:00Z'), oddText),
  },
  { requiredKeys: [] },
);

const rawBody = fc.oneof(
  activityArb.map((fields) => JSON.stringify(userActivity(fields as Record<string, unknown>))),
  nested.map((value) => JSON.stringify(value)),
  oddText,
  fc.uint8Array({ maxLength: 2000 }),
  fc.nat({ max: 2000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.constant(`{"type":"message","text":"${'a'.repeat(300_000)}"}`),
);

const requestArb: fc.Arbitrary<FuzzRequest> = fc.record({
  method: fc.constantFrom('POST', 'POST', 'POST', 'GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'),
  path: fc.oneof(
    fc.constantFrom(
      '/api/messages',
      '/api/messages',
      '/api/webchat/messages',
      '/api/webchat/messages',
      '/api/webchat/conversations',
      '/api/directline/token',
      '/healthz',
      '/readyz',
      '/metrics',
      '/',
      '/webchat/app.js',
      '/webchat/constructor',
      '/webchat/__proto__',
      '/webchat/%2e%2e%2fpackage.json',
      '/__proto__',
    ),
    fc.webPath().map((path) => path || '/'),
  ),
  contentType: fc.constantFrom(
    'application/json',
    'application/json',
    'application/json; charset=utf-8',
    'text/plain',
    'multipart/form-data; boundary=xyz',
    'application/x-www-form-urlencoded',
    'application/json; charset=latin1',
    undefined,
  ),
  authorization: fc.constantFrom<FuzzRequest['authorization']>('webchat', 'webchat', 'garbage', 'none'),
  body: rawBody,
});

const STACK_TEXT = /\bat [^\n]+\.[jt]s:\d+|node_modules|\n\s+at /;

async function send(request: FuzzRequest): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = {};
  if (request.contentType) headers['content-type'] = request.contentType;
  if (request.authorization === 'webchat') headers.authorization = `Bearer ${webchatToken}`;
  if (request.authorization === 'garbage') headers.authorization = 'Bearer x.y.z';
  const hasBody = request.method !== 'GET' && request.method !== 'OPTIONS';
  const response = await fetch(`${running.url}${request.path}`, {
    method: request.method,
    headers,
    body: hasBody
      ? typeof request.body === 'string'
        ? request.body
        : Buffer.from(request.body ?? [])
      : undefined,
  });
  return { status: response.status, text: await response.text() };
}

describe('generated requests on every route', () => {
  it(`${BATCHES * BATCH_SIZE} requests: never a 5xx, a stack trace or a temp file, and /healthz stays fine`, async () => {
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(requestArb, { minLength: BATCH_SIZE, maxLength: BATCH_SIZE }),
        async (batch) => {
          const results = await Promise.all(batch.map(send));
          sent += batch.length;
          results.forEach((result, i) => {
            if (result.status >= 500 || STACK_TEXT.test(result.text))
              throw new Error(
                `${batch[i]?.method} ${batch[i]?.path} → ${result.status}: ${result.text.slice(0, 300)}`,
              );
          });
        },
      ),
      { numRuns: BATCHES, endOnFailure: true },
    );
    expect(sent).toBeGreaterThanOrEqual(10_000);
    expect(readdirSync(uploadsDir)).toEqual([]);
    // No request reached a code path that threw unexpectedly (those are logged as http.error).
    expect(running.logger.lines.filter((line) => line.event === 'http.error')).toEqual([]);
    const health = await fetch(`${running.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
  }, 240_000);
});
