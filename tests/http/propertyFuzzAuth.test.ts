import fc from 'fast-check';
import {
  activityFields,
  anyContentType,
  anyMethod,
  anyPath,
  headerValue,
  nestedJson,
  oddText,
  rawBody,
  sendFuzzRequest,
  STACK_TEXT,
  type FuzzRequest,
} from '../support/fuzzKit';
import { routeConsoleToLogger } from '../../src/http/routeConsoleToLogger';
import { startServer, userActivity, type RunningServer, watchTempDirectory } from '../support/testKit';
import {
  base64urlJson,
  botFrameworkClaims,
  startTokenIssuer,
  type TokenIssuer,
} from '../support/tokenIssuer';

/**
 * Property tests with Bot Framework authentication on: the service is configured with an app id and password
 * and takes its signing keys from the loopback jose issuer (as in auth.test.ts). 4,000 generated requests mix
 * validly signed tokens carrying odd activities, forged and unverifiable tokens (random headers, algorithms,
 * kids and claims, tampered payloads and signatures, huge tokens, odd Unicode), missing and malformed
 * Authorization headers, every content type, huge and nested bodies, on every route. A forged token is a 401
 * with the generic body and no bot logic; a valid one is answered or refused with a 4xx; nothing is a 5xx,
 * shows a stack or an internal URL, leaves a temp file, or costs a fetch of the signing keys of its own.
 */
const BATCHES = 80;
const BATCH_SIZE = 50;
const APP_ID = '11111111-2222-3333-4444-555555555555';
const APP_PASSWORD = 'test-app-password-that-is-long-enough';
const SERVICE_URL = 'http://127.0.0.1:9/';
const UNAUTHORIZED_BODY = '{"error":"Unauthorized"}';
/** Lines a rejected request may write: nothing past authentication. */
const REJECTION_EVENTS = new Set([
  'http.request',
  'http.rejected',
  'auth.rejected',
  'auth.keys.fetched',
  'auth.keys.fetch-failed',
  // botbuilder's console output about the token it refused, routed to the log as in production.
  'sdk.console',
]);

let issuer: TokenIssuer;
let running: RunningServer;
let temp: ReturnType<typeof watchTempDirectory>;
let webchatToken = '';
const savedConsole = { ...console };
/** Tokens the issuer signed that the service must accept (odd extra claims included). */
let validTokens: string[] = [];
/** Tokens the issuer signed, with its key or another, that the service must refuse. */
let signedButInvalid: string[] = [];

const now = () => Math.floor(Date.now() / 1000);
const claims = (overrides: Record<string, unknown> = {}) =>
  botFrameworkClaims(APP_ID, SERVICE_URL, overrides);

/** A claim replaced by a value that can never make it valid. */
const brokenClaim: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record({ iss: oddText.filter((text) => text !== 'https://api.botframework.com') }),
  fc.record({ aud: fc.oneof(oddText, nestedJson).filter((value) => value !== APP_ID) }),
  fc.record({ serviceurl: oddText.filter((text) => text !== SERVICE_URL) }),
  fc.record({ exp: fc.oneof(fc.integer({ min: -1e9, max: now() - 600 }), oddText, nestedJson) }),
  fc.record({ nbf: fc.integer({ min: now() + 600, max: now() + 1e9 }) }),
);

beforeAll(async () => {
  temp = watchTempDirectory();
  issuer = await startTokenIssuer();
  running = await startServer({
    env: {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: APP_PASSWORD,
      WEBCHAT_RATE_LIMIT_PER_MINUTE: '1000000000',
    },
    authEndpoints: {
      channelOpenIdMetadataUrl: issuer.metadataUrl,
      emulatorOpenIdMetadataUrl: issuer.metadataUrl,
    },
  });
  routeConsoleToLogger(running.logger);
  const started = await fetch(`${running.url}/api/webchat/conversations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  webchatToken = ((await started.json()) as { token: string }).token;

  // Signing goes through the issuer process (jose is ESM-only), so a pool is signed once; the generated
  // requests pick from it and forge the rest locally.
  const oddExtraClaims = fc.sample(fc.dictionary(oddText, nestedJson, { maxKeys: 4 }), {
    numRuns: 12,
    seed: 13,
  });
  validTokens = await Promise.all([
    issuer.sign({ claims: claims() }),
    ...oddExtraClaims.map((extra) =>
      issuer.sign({
        claims: {
          ...Object.fromEntries(Object.entries(extra).filter(([name]) => !(name in claims()))),
          ...claims(),
        },
      }),
    ),
  ]);
  const broken = fc.sample(brokenClaim, { numRuns: 24, seed: 13 });
  signedButInvalid = await Promise.all([
    ...broken.map((override) => issuer.sign({ claims: claims(override) })),
    issuer.sign({ claims: claims({ exp: now() - 3600, iat: now() - 7200, nbf: now() - 7200 }) }),
    issuer.sign({ claims: claims(), key: 'stranger' }),
    issuer.sign({ claims: claims(), key: 'stranger', kid: 'not-published' }),
    issuer.sign({ claims: claims(), key: 'hs256', secret: APP_PASSWORD }),
    issuer.sign({ claims: claims({ iss: undefined, aud: undefined }) }),
  ]);
});
afterAll(async () => {
  Object.assign(console, savedConsole);
  await running.close();
  await issuer.close();
  temp.restore();
});

/** One generated request, what it carries, and so what the service owes it. */
interface Probe {
  request: FuzzRequest;
  /** valid: a token the service must accept; rejected: forged, unverifiable, malformed or missing. */
  credential: 'valid' | 'rejected' | 'other';
  /** True when the body is a well-formed activity sent as JSON to /api/messages: only auth can refuse it. */
  wellFormedActivity: boolean;
}

function segments(token: string): [string, string, string] {
  const [header = '', payload = '', signature = ''] = token.split('.');
  return [header, payload, signature];
}

/** A different base64url character at `index`, never the last one (its low bits may be padding). */
function flipCharacter(text: string, index: number): string {
  const at = index % Math.max(1, text.length - 1);
  const replacement = text[at] === 'A' ? 'B' : 'A';
  return `${text.slice(0, at)}${replacement}${text.slice(at + 1)}`;
}

function arbitraries() {
  const validToken = fc.constantFrom(...validTokens);
  const forgedHeader = fc.record(
    {
      alg: fc.oneof(
        fc.constantFrom('none', 'None', 'HS256', 'HS512', 'RS256', 'RS384', 'RS512', 'ES256', 'PS256', ''),
        oddText,
      ),
      kid: fc.oneof(fc.constantFrom('test-key-1', 'not-published', 'x'.repeat(300)), oddText, nestedJson),
      typ: fc.constantFrom('JWT', 'jwt', 'JOSE'),
      jku: fc.constantFrom('https://attacker.example/keys', `${SERVICE_URL}keys`),
      x5u: fc.constant('https://attacker.example/cert'),
      jwk: nestedJson,
      crit: fc.array(oddText, { maxLength: 3 }),
    },
    { requiredKeys: ['alg'] },
  );
  const forgedPayload = fc.oneof(
    brokenClaim.map((override) => claims(override)),
    fc.constant(claims()),
    nestedJson,
    fc.dictionary(oddText, nestedJson, { maxKeys: 8 }),
  );
  const signature = fc.oneof(
    fc.constant(''),
    fc.uint8Array({ minLength: 1, maxLength: 512 }).map((bytes) => Buffer.from(bytes).toString('base64url')),
    validToken.map((token) => segments(token)[2]),
  );
  const forgedToken: fc.Arbitrary<string> = fc.oneof(
    // Anything in the header and payload, signed with nothing, random bytes or another token's signature.
    fc
      .tuple(forgedHeader, forgedPayload, signature)
      .map(([header, payload, sig]) => `Bearer ${base64urlJson(header)}.${base64urlJson(payload)}.${sig}`),
    // Signed by the issuer (or by a key it never published) but wrong in a claim, the key or the algorithm.
    fc.constantFrom(...signedButInvalid).map((token) => `Bearer ${token}`),
    // A valid token with its payload rewritten (a published kid: the gate passes it to the signature check).
    fc
      .tuple(validToken, fc.oneof(brokenClaim, fc.constant({ exp: now() + 86_400 * 365 })))
      .map(([token, override]) => {
        const [header, payload, sig] = segments(token);
        const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
          string,
          unknown
        >;
        return `Bearer ${header}.${base64urlJson({ ...decoded, ...override })}.${sig}`;
      }),
    // A valid token with one character of its signature or payload changed.
    fc.tuple(validToken, fc.nat(), fc.boolean()).map(([token, index, inSignature]) => {
      const [header, payload, sig] = segments(token);
      return inSignature
        ? `Bearer ${header}.${payload}.${flipCharacter(sig, index)}`
        : `Bearer ${header}.${flipCharacter(payload, index)}.${sig}`;
    }),
    // Huge: a header or payload of up to 12 KB encoded (Node refuses headers over 16 KB with a 431 before the
    // service sees them).
    fc.tuple(fc.nat({ max: 9_000 }), fc.boolean(), validToken).map(([size, inHeader, token]) => {
      const [header, payload, sig] = segments(token);
      return inHeader
        ? `Bearer ${base64urlJson({ alg: 'RS256', kid: 'test-key-1', pad: 'x'.repeat(size) })}.${payload}.${sig}`
        : `Bearer ${header}.${base64urlJson(claims({ pad: 'x'.repeat(size) }))}.${sig}`;
    }),
    // Odd Unicode where base64url is expected.
    fc.tuple(oddText, oddText).map(([a, b]) => headerValue(`Bearer ${a}.${b}.${a}`)),
  );
  const malformedAuthorization: fc.Arbitrary<string | undefined> = fc.oneof(
    fc.constantFrom(
      undefined,
      '',
      'Bearer',
      'Bearer ',
      'Bearer x.y.z',
      'Bearer a.b',
      'Bearer ..',
      'Bearer ...',
    ),
    fc.constant(`Basic ${Buffer.from(`${APP_ID}:${APP_PASSWORD}`).toString('base64')}`),
    validToken.map((token) => `bearer ${token}`),
    validToken.map((token) => token),
    validToken.map((token) => `Bearer ${token}.${token}`),
    validToken.map((token) => `Bearer ${token} ${token}`),
    validToken.map((token) => `Bearer ${token.slice(0, -12)}`),
    oddText.map(headerValue),
  );
  const rejectedAuthorization = fc.oneof(
    { weight: 3, arbitrary: forgedToken },
    { weight: 1, arbitrary: malformedAuthorization },
  );
  const anyAuthorization = fc.oneof(
    rejectedAuthorization,
    validToken.map((token) => `Bearer ${token}`),
    fc.constant(`Bearer ${webchatToken}`),
  );

  // Activities a channel could send, with generated fields; well formed for the checks before auth (a type,
  // a conversation id, a serviceUrl). Replies are always asked for in the response body: an authenticated
  // turn that posted its replies would call the public login service for an outbound token.
  const activity = fc
    .tuple(
      activityFields,
      fc.constantFrom(SERVICE_URL, SERVICE_URL, SERVICE_URL, 'https://attacker.example/'),
    )
    .map(([fields, serviceUrl]) =>
      JSON.stringify(
        userActivity({
          ...(fields as Record<string, unknown>),
          type: typeof fields.type === 'string' && fields.type.length > 0 ? fields.type : 'message',
          serviceUrl,
          deliveryMode: 'expectReplies',
        }),
      ),
    );
  // Questions the bot answers, with odd text around them: signed turns that run the whole bot.
  const question = fc
    .tuple(
      fc.constantFrom(
        'what foods have magnesium',
        'why do my legs cramp at night',
        'can low potassium cause cramps',
        'how much vitamin D do I need',
        'hi',
      ),
      oddText,
      fc.constantFrom('msteams', 'webchat', 'test'),
    )
    .map(([text, odd, channelId]) =>
      JSON.stringify(
        userActivity({
          text: `${odd} ${text} ${odd}`,
          channelId,
          serviceUrl: SERVICE_URL,
          deliveryMode: 'expectReplies',
        }),
      ),
    );
  const message = (authorization: string | undefined, body: string): FuzzRequest => ({
    method: 'POST',
    path: '/api/messages',
    contentType: 'application/json',
    headers: authorization === undefined ? {} : { authorization },
    body,
  });

  const validTurn = fc.tuple(validToken, fc.oneof(activity, question)).map(([token, body]): Probe => ({
    request: message(`Bearer ${token}`, body),
    credential: 'valid',
    wellFormedActivity: true,
  }));
  const rejectedTurn = fc.tuple(rejectedAuthorization, activity).map(([authorization, body]): Probe => ({
    request: message(authorization, body),
    credential: 'rejected',
    wellFormedActivity: true,
  }));
  const rawMessage = fc
    .tuple(
      fc.oneof(
        validToken.map((token) => ({ credential: 'valid' as const, authorization: `Bearer ${token}` })),
        rejectedAuthorization.map((authorization) => ({ credential: 'rejected' as const, authorization })),
      ),
      anyContentType,
      rawBody,
    )
    .map(([{ credential, authorization }, contentType, body]): Probe => ({
      request: { ...message(authorization, ''), contentType, body },
      credential,
      wellFormedActivity: false,
    }));
  const anyRoute = fc
    .record({
      method: anyMethod,
      path: anyPath,
      contentType: anyContentType,
      authorization: anyAuthorization,
      body: rawBody,
    })
    .map(({ authorization, ...request }): Probe => ({
      request: { ...request, headers: authorization === undefined ? {} : { authorization } },
      credential: 'other',
      wellFormedActivity: false,
    }));
  return fc.oneof(
    { weight: 7, arbitrary: validTurn },
    { weight: 7, arbitrary: rejectedTurn },
    { weight: 3, arbitrary: rawMessage },
    { weight: 3, arbitrary: anyRoute },
  );
}

/** What is wrong with one response, or undefined. */
function problemWith(probe: Probe, status: number, text: string, events: string[]): string | undefined {
  if (status >= 500) return 'a 5xx';
  if (STACK_TEXT.test(text)) return 'stack text in the body';
  if (text.includes(issuer.url) || /openid|\.well-known|login\.microsoftonline|jwks/i.test(text))
    return 'an internal URL in the body';
  if (probe.request.path !== '/api/messages') return undefined;
  if (status === 401 && text !== UNAUTHORIZED_BODY) return 'a 401 without the generic body';
  if (probe.credential === 'rejected') {
    if (status < 400) return 'a rejected credential was served';
    if (events.some((event) => !REJECTION_EVENTS.has(event)))
      return `bot logic ran for a rejected credential (${events.join(', ')})`;
    // Node itself answers 431 when the request's headers pass its 16 KB limit (a huge token beside other
    // generated headers): the service never sees that request, so there is no 401 and no auth line to ask for.
    if (status === 431) return undefined;
    if (probe.wellFormedActivity && status !== 401)
      return 'a well-formed activity with a bad token was not a 401';
    if (probe.wellFormedActivity && !events.includes('auth.rejected')) return 'no auth.rejected line';
  }
  if (probe.credential === 'valid' && ![200, 201, 202].includes(status) && (status < 400 || status > 499))
    return 'a valid token was neither served (200, 201, 202) nor refused with a 4xx';
  return undefined;
}

describe('generated requests with Bot Framework authentication on', () => {
  it(`${BATCHES * BATCH_SIZE} requests: forged tokens get 401 and no bot logic, valid ones are served, nothing breaks`, async () => {
    // One signed turn first: the gate and the SDK fetch the keys when first needed (the SDK's fetch is not
    // single-flight, so a first batch of 50 would fetch them several times over).
    const warmUp = await sendFuzzRequest(running.url, {
      method: 'POST',
      path: '/api/messages',
      contentType: 'application/json',
      headers: { authorization: `Bearer ${validTokens[0] as string}` },
      body: JSON.stringify(userActivity({ text: 'what foods have magnesium', serviceUrl: SERVICE_URL })),
    });
    expect(warmUp.status).toBe(200);
    const fetchesBefore = await issuer.metadataFetches();
    const probeArb = arbitraries();
    let sent = 0;
    let answeredValid = 0;
    let rejectedWellFormed = 0;
    let seen = running.logger.lines.length;
    const failures: string[] = [];
    // A new seed each run; a failure prints its seed, and FUZZ_SEED=<seed> replays that run.
    const seed = Number(process.env.FUZZ_SEED ?? Date.now());
    await fc.assert(
      fc.asyncProperty(
        fc.array(probeArb, { minLength: BATCH_SIZE, maxLength: BATCH_SIZE }),
        async (batch) => {
          const ids = batch.map(() => `fuzz-auth-${(sent += 1)}`);
          const results = await Promise.all(
            batch.map((probe, i) =>
              sendFuzzRequest(running.url, {
                ...probe.request,
                headers: { ...probe.request.headers, 'x-request-id': ids[i] as string },
              }),
            ),
          );
          const events = new Map<unknown, string[]>();
          for (const line of running.logger.lines.slice(seen)) {
            const list = events.get(line.requestId) ?? [];
            list.push(String(line.event));
            events.set(line.requestId, list);
          }
          seen = running.logger.lines.length;
          results.forEach(({ status, text }, i) => {
            const probe = batch[i] as Probe;
            const lines = events.get(ids[i]) ?? [];
            const problem = problemWith(probe, status, text, lines);
            if (problem && failures.length < 10)
              failures.push(
                `${problem}: ${probe.request.method} ${probe.request.path} (${probe.credential}, authorization ${JSON.stringify(
                  probe.request.headers?.authorization?.slice(0, 120),
                )}) → ${status}: ${text.slice(0, 200)}`,
              );
            if (
              probe.credential === 'valid' &&
              status === 200 &&
              lines.some((event) => event.startsWith('question.'))
            )
              answeredValid += 1;
            if (probe.credential === 'rejected' && probe.wellFormedActivity) rejectedWellFormed += 1;
          });
          // A failing batch stops the run; the report lists what went wrong, not the whole batch.
          return failures.length === 0;
        },
      ),
      { numRuns: BATCHES, endOnFailure: true, seed, reporter: () => undefined },
    );
    expect({ seed, failures }).toEqual({ seed, failures: [] });
    expect(sent).toBeGreaterThanOrEqual(4_000);
    // Neither half is vacuous: many signed turns reached the bot and were answered, many forged ones were refused.
    expect(answeredValid).toBeGreaterThan(300);
    expect(rejectedWellFormed).toBeGreaterThan(1_000);
    // The keys were fetched once, by the warm-up turn; no request of the 4,000 caused a fetch of its own (at
    // most one more refresh of the gate's two sources, were the run to outlast its 5-minute unknown-kid pause).
    expect((await issuer.metadataFetches()) - fetchesBefore).toBeLessThanOrEqual(2);
    expect(temp.files()).toEqual([]);
    expect(running.logger.lines.filter((line) => line.event === 'http.error')).toEqual([]);
    const health = await fetch(`${running.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
  }, 180_000);
});
