/* global process, TextEncoder */
// A loopback stand-in for Bot Framework's token service, run as a child process (jose is ESM-only, and jest
// runs tests as CommonJS). It serves OpenID metadata and a JWKS on 127.0.0.1, signs test tokens with jose on
// POST /sign, and prints its base URL on stdout once listening.
import { createServer } from 'node:http';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';

const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
// A second key that is never published: tokens signed with it name a kid the metadata does not list.
const stranger = await generateKeyPair('RS256', { extractable: true });
const jwk = {
  ...(await exportJWK(publicKey)),
  kid: 'test-key-1',
  use: 'sig',
  alg: 'RS256',
  // The channels whose activities this key may sign (the SDK checks the activity's channelId against them).
  endorsements: ['test', 'msteams', 'webchat'],
};
let base = '';
let metadataFetches = 0;

async function sign({ claims, key = 'published', kid, secret }) {
  if (key === 'hs256') {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', kid: kid ?? 'test-key-1' })
      .sign(new TextEncoder().encode(secret));
  }
  const signer = key === 'stranger' ? stranger.privateKey : privateKey;
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: kid ?? 'test-key-1' }).sign(signer);
}

const server = createServer((request, response) => {
  const send = (status, body) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  if (request.method === 'GET' && request.url === '/.well-known/openid-configuration') {
    metadataFetches += 1;
    return send(200, { issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys` });
  }
  if (request.method === 'GET' && request.url === '/keys') return send(200, { keys: [jwk] });
  if (request.method === 'GET' && request.url === '/stats') return send(200, { metadataFetches });
  if (request.method === 'POST' && request.url === '/sign') {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => {
      sign(JSON.parse(text)).then(
        (token) => send(200, { token }),
        (error) => send(500, { error: String(error) }),
      );
    });
    return undefined;
  }
  return send(404, { error: 'not found' });
});

// An idle keep-alive connection is never closed while a test may still reuse it: with Node's 5 s default, a busy
// machine can let a test send on a socket the issuer is closing ("fetch failed: other side closed").
server.keepAliveTimeout = 120_000;
server.headersTimeout = 125_000;
server.listen(0, '127.0.0.1', () => {
  base = `http://127.0.0.1:${server.address().port}`;
  process.stdout.write(`${base}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
