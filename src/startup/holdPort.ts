import { createServer } from 'node:http';

/** The port while the service is not built yet: released just before the real server listens on it. */
export interface HeldPort {
  release(): Promise<void>;
}

/**
 * Binds the service's port before the knowledge base is loaded, so a probe gets what #13 asks for: `/readyz`
 * (and every other path) answers 503 `{"status":"starting"}` until the first base is loaded, instead of a
 * refused connection. Port 0 (any free port) is not held: the real server would get another one.
 */
export async function holdPort(port: number, host: string): Promise<HeldPort> {
  if (port === 0) return { release: () => Promise.resolve() };
  const server = createServer((_request, response) => {
    response.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1', connection: 'close' });
    response.end(JSON.stringify({ status: 'starting' }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    release: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
