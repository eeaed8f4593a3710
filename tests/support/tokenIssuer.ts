import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export interface TokenIssuer {
  /** Base URL; OpenID metadata at /.well-known/openid-configuration. */
  url: string;
  metadataUrl: string;
  sign(request: {
    claims: Record<string, unknown>;
    key?: 'published' | 'stranger' | 'hs256';
    kid?: string;
    secret?: string;
  }): Promise<string>;
  metadataFetches(): Promise<number>;
  close(): Promise<void>;
}

/** Starts tests/support/tokenIssuerProcess.mjs on a free loopback port. */
export function startTokenIssuer(): Promise<TokenIssuer> {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'tokenIssuerProcess.mjs')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`token issuer exited with ${code}`)));
    child.stdout?.once('data', (chunk: Buffer) => {
      const url = chunk.toString().trim();
      resolve({
        url,
        metadataUrl: `${url}/.well-known/openid-configuration`,
        async sign(request) {
          const response = await fetch(`${url}/sign`, { method: 'POST', body: JSON.stringify(request) });
          return ((await response.json()) as { token: string }).token;
        },
        async metadataFetches() {
          const response = await fetch(`${url}/stats`);
          return ((await response.json()) as { metadataFetches: number }).metadataFetches;
        },
        close: () =>
          new Promise((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

const now = () => Math.floor(Date.now() / 1000);

/** The claims of a valid Bot Framework channel token for `appId`, valid from 10 s ago for an hour. */
export function botFrameworkClaims(
  appId: string,
  serviceUrl: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    iss: 'https://api.botframework.com',
    aud: appId,
    // Bot Framework's claim name is all lower case.
    serviceurl: serviceUrl,
    iat: now() - 10,
    nbf: now() - 10,
    exp: now() + 3600,
    ...overrides,
  };
}

/** One JWT segment: a value as JSON, base64url-encoded (for tokens a test forges by hand). */
export function base64urlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
