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
