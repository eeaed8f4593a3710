import fc from 'fast-check';
import {
  anyContentType,
  anyMethod,
  anyPath,
  rawBody,
  sendFuzzRequest,
  STACK_TEXT,
  type FuzzRequest,
} from '../support/fuzzKit';
import { startServer, type RunningServer, watchTempDirectory } from '../support/testKit';

/**
 * Property tests over every route, auth off: 10,000 generated requests (activities, raw bodies of every
 * content type, huge and nested values, odd Unicode, odd paths and methods). Whatever arrives, the service
 * answers below 500, never shows a stack trace, never leaves a file in the temp directory, and stays healthy.
 * propertyFuzzAuth.test.ts does the same with Bot Framework authentication on.
 */
const BATCHES = 200;
const BATCH_SIZE = 50;

let running: RunningServer;
let temp: ReturnType<typeof watchTempDirectory>;
let webchatToken = '';

beforeAll(async () => {
  temp = watchTempDirectory();
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
  temp.restore();
});

type Authorization = 'webchat' | 'garbage' | 'none';

const requestArb = fc.record({
  method: anyMethod,
  path: anyPath,
  contentType: anyContentType,
  authorization: fc.constantFrom<Authorization>('webchat', 'webchat', 'garbage', 'none'),
  body: rawBody,
});

function withAuthorization({
  authorization,
  ...request
}: FuzzRequest & { authorization: Authorization }): FuzzRequest {
  if (authorization === 'webchat')
    return { ...request, headers: { authorization: `Bearer ${webchatToken}` } };
  if (authorization === 'garbage') return { ...request, headers: { authorization: 'Bearer x.y.z' } };
  return request;
}

describe('generated requests on every route', () => {
  it(`${BATCHES * BATCH_SIZE} requests: never a 5xx, a stack trace or a temp file, and /healthz stays fine`, async () => {
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(requestArb, { minLength: BATCH_SIZE, maxLength: BATCH_SIZE }),
        async (batch) => {
          const requests = batch.map(withAuthorization);
          const results = await Promise.all(requests.map((request) => sendFuzzRequest(running.url, request)));
          sent += batch.length;
          results.forEach((result, i) => {
            if (result.status >= 500 || STACK_TEXT.test(result.text))
              throw new Error(
                `${requests[i]?.method} ${requests[i]?.path} → ${result.status}: ${result.text.slice(0, 300)}`,
              );
          });
        },
      ),
      { numRuns: BATCHES, endOnFailure: true },
    );
    expect(sent).toBeGreaterThanOrEqual(10_000);
    expect(temp.files()).toEqual([]);
    // No request reached a code path that threw unexpectedly (those are logged as http.error).
    expect(running.logger.lines.filter((line) => line.event === 'http.error')).toEqual([]);
    const health = await fetch(`${running.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
  }, 240_000);
});
