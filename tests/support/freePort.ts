import { createServer } from 'node:net';

/**
 * A loopback port free right now, for servers (redis-server, nginx) that cannot be told to listen on 0 and
 * report back. Another process could take it in between; the caller's start-up would then fail loudly.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
