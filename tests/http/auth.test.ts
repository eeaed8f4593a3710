import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { post, startServer, userActivity, type RunningServer } from '../support/testKit';
import {
  base64urlJson as base64url,
  botFrameworkClaims,
  startTokenIssuer,
  type TokenIssuer,
} from '../support/tokenIssuer';

/**
 * Bot Framework authentication with real signatures: a loopback OpenID metadata + JWKS server signs tokens
 * with jose, and the SDK's configuration (ToBotFromChannelOpenIdMetadataUrl) points at it.
 */
const APP_ID = '11111111-2222-3333-4444-555555555555';
const APP_PASSWORD = 'test-app-password-that-is-long-enough';
const SERVICE_URL = 'http://127.0.0.1:9/';
const env = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: APP_PASSWORD };

let issuer: TokenIssuer;
let running: RunningServer;

beforeAll(async () => {
  issuer = await startTokenIssuer();
  running = await startServer({
    env,
    authEndpoints: {
      channelOpenIdMetadataUrl: issuer.metadataUrl,
      emulatorOpenIdMetadataUrl: issuer.metadataUrl,
    },
  });
});
afterAll(async () => {
  await running.close();
  await issuer.close();
});

const now = () => Math.floor(Date.now() / 1000);

function claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return botFrameworkClaims(APP_ID, SERVICE_URL, overrides);
}

async function send(authorization: string | undefined, text = 'what foods have magnesium') {
  const marker = `auth-probe-${Math.random().toString(36).slice(2)}`;
  const activity = userActivity({ text, serviceUrl: SERVICE_URL, conversation: { id: marker } });
  const response = await post(running.url, activity, authorization ? { authorization } : {});
  const ranBotLogic = running.logger.lines.some(
    (line) => String(line.event).startsWith('question.') && line.requestId === response.requestId,
  );
  return { ...response, ranBotLogic };
}

describe('Bot Framework authentication with real signatures', () => {
  it('accepts a correctly signed Bot Framework token and answers', async () => {
    const token = await issuer.sign({ claims: claims() });
    const response = await send(`Bearer ${token}`);
    expect(running.logger.lines.filter((l) => l.event === 'auth.rejected')).toEqual([]);
    expect(response.status).toBe(200);
    expect(response.ranBotLogic).toBe(true);
    expect(JSON.stringify(response.json)).toContain('magnesium');
  });

  const rejected: Array<[string, () => Promise<string | undefined>]> = [
    ['a missing token', async () => undefined],
    ['a malformed token', async () => 'Bearer not-a-jwt'],
    ['a token that is not a Bearer token', async () => `Basic ${Buffer.from('a:b').toString('base64')}`],
    [
      'an expired token',
      async () =>
        `Bearer ${await issuer.sign({ claims: claims({ exp: now() - 3600, iat: now() - 7200, nbf: now() - 7200 }) })}`,
    ],
    [
      'a token not yet valid',
      async () => `Bearer ${await issuer.sign({ claims: claims({ nbf: now() + 3600 }) })}`,
    ],
    [
      'a token from the wrong issuer',
      async () => `Bearer ${await issuer.sign({ claims: claims({ iss: 'https://evil.example' }) })}`,
    ],
    [
      'a token for another bot (wrong audience)',
      async () => `Bearer ${await issuer.sign({ claims: claims({ aud: 'another-bot' }) })}`,
    ],
    [
      'a token signed with an unknown key',
      async () => `Bearer ${await issuer.sign({ claims: claims(), key: 'stranger', kid: 'not-published' })}`,
    ],
    [
      'a token signed with an unpublished key under a published kid',
      async () => `Bearer ${await issuer.sign({ claims: claims(), key: 'stranger' })}`,
    ],
    [
      'an unsigned token (alg none)',
      async () => `Bearer ${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims())}.`,
    ],
    [
      'a token signed HS256 with the app password',
      async () => {
        const head = `${base64url({ alg: 'HS256', typ: 'JWT', kid: 'test-key-1' })}.${base64url(claims())}`;
        return `Bearer ${head}.${createHmac('sha256', APP_PASSWORD).update(head).digest('base64url')}`;
      },
    ],
    [
      'a token whose serviceUrl claim names another service',
      async () =>
        `Bearer ${await issuer.sign({ claims: claims({ serviceurl: 'https://attacker.example/' }) })}`,
    ],
    [
      'a token that names its own key URL (jku)',
      async () =>
        `Bearer ${base64url({ alg: 'RS256', kid: 'test-key-1', jku: 'https://attacker.example/keys' })}.${base64url(claims())}.c2ln`,
    ],
  ];

  it.each(rejected)('answers %s with 401, a generic body, and no bot logic', async (_name, makeHeader) => {
    const response = await send(await makeHeader());
    expect(response.status).toBe(401);
    expect(response.json).toEqual({ error: 'Unauthorized' });
    expect(response.ranBotLogic).toBe(false);
  });

  describe('an activity without a serviceUrl (an invoke is answered in the response)', () => {
    // A Teams feedback rating: an invoke the bot answers with a 200 in the HTTP response.
    const invoke = (serviceUrl?: string) => {
      const activity = userActivity({
        type: 'invoke',
        name: 'message/submitAction',
        value: { actionName: 'feedback', actionValue: { reaction: 'like', feedback: '{}' } },
        conversation: { id: `auth-invoke-${Math.random().toString(36).slice(2)}` },
      });
      delete activity.serviceUrl;
      return serviceUrl ? { ...activity, serviceUrl } : activity;
    };

    it.each([
      ['names another service', 'https://attacker.example/'],
      ['names odd text', '\u{2e610}'],
      ['names this service', SERVICE_URL],
    ])('is refused 401 when the token has a serviceurl claim that %s', async (_name, serviceurl) => {
      const token = await issuer.sign({ claims: claims({ serviceurl }) });
      const response = await post(running.url, invoke(), { authorization: `Bearer ${token}` });
      expect(response.status).toBe(401);
      expect(response.json).toEqual({ error: 'Unauthorized' });
    });

    it('is served when the same invoke carries the serviceUrl its token names', async () => {
      const token = await issuer.sign({ claims: claims() });
      const response = await post(running.url, invoke(SERVICE_URL), { authorization: `Bearer ${token}` });
      expect(response.status).toBe(200);
      expect(response.json).toMatchObject({
        activities: [{ type: 'invokeResponse', value: { status: 200 } }],
      });
    });
  });

  it('logs each rejection as one JSON line with the reason, and no stack traces', () => {
    const rejections = running.logger.lines.filter((line) => line.event === 'auth.rejected');
    expect(rejections.length).toBeGreaterThanOrEqual(rejected.length);
    expect(JSON.stringify(rejections)).not.toMatch(/\n\s+at /);
  });
});

describe('when the signing keys cannot be fetched', () => {
  let metadata: Server;
  let hits = 0;
  let broken: RunningServer;
  let metadataUrl = '';

  beforeAll(async () => {
    metadata = createServer((request, response) => {
      if (request.url === '/metadata') hits += 1;
      response.writeHead(503);
      response.end();
    });
    await new Promise<void>((resolve) => metadata.listen(0, '127.0.0.1', () => resolve()));
    const address = metadata.address();
    metadataUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const url = `${metadataUrl}/metadata`;
    broken = await startServer({
      env,
      authEndpoints: { channelOpenIdMetadataUrl: url, emulatorOpenIdMetadataUrl: url },
    });
  });
  afterAll(async () => {
    await broken.close();
    await new Promise<void>((resolve) => metadata.close(() => resolve()));
  });

  it('still accepts a signed token when only the emulator metadata is down', async () => {
    const issuerOnly = await startServer({
      env,
      authEndpoints: {
        channelOpenIdMetadataUrl: issuer.metadataUrl,
        emulatorOpenIdMetadataUrl: `${metadataUrl}/emulator`,
      },
    });
    try {
      const token = await issuer.sign({ claims: claims() });
      const response = await post(issuerOnly.url, userActivity({ text: 'hi', serviceUrl: SERVICE_URL }), {
        authorization: `Bearer ${token}`,
      });
      expect(response.status).toBe(200);
    } finally {
      await issuerOnly.close();
    }
  });

  it('answers forged tokens 401 with a generic body, fetching with backoff instead of once per request', async () => {
    const forged = [
      `Bearer ${base64url({ alg: 'none' })}.${base64url(claims())}.`,
      `Bearer ${base64url({ alg: 'HS256', kid: 'k' })}.${base64url(claims())}.c2ln`,
      `Bearer ${base64url({ alg: 'RS256', kid: 'k', x5u: 'https://attacker.example/cert' })}.${base64url(claims())}.c2ln`,
      `Bearer ${base64url({ alg: 'RS256', kid: 'k' })}.${base64url(claims())}.c2ln`,
    ];
    for (let round = 0; round < 10; round += 1) {
      for (const authorization of forged) {
        const response = await post(broken.url, userActivity({ serviceUrl: SERVICE_URL }), { authorization });
        expect(response.status).toBe(401);
        expect(response.text).toBe('{"error":"Unauthorized"}');
      }
    }
    // The first fetch, and at most one retry once the first backoff (1 s) is over.
    expect(hits).toBeLessThanOrEqual(2);
  });
});
