import type { IncomingMessage } from 'node:http';

export type BodyResult =
  { ok: true; body: unknown; bytes: number } | { ok: false; status: 400 | 413 | 415; error: string };

/**
 * Past this many bytes a refused body is no longer read to the end: the connection is cut instead. Reading a
 * refused body lets the client see the 413/415 rather than a reset; the cap keeps that from being a way to
 * make the server read forever.
 */
const DRAIN_LIMIT_BYTES = 4 * 1024 * 1024;

/** `application/json`, optionally with `charset=utf-8`; anything else (forms, multipart, text) is refused. */
const JSON_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/**
 * Reads a JSON request body into memory, at most `maxBytes`, and never anywhere else: no temp files, no
 * multipart, no form decoding. An empty body is `undefined` whatever the content type (nothing to decode);
 * a non-empty one must say `application/json` (415 otherwise) and parse (400 otherwise).
 */
export function readJsonBody(request: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const type = request.headers['content-type'];
  const declared = Number(request.headers['content-length'] ?? Number.NaN);
  const typeOk = type !== undefined && JSON_TYPE.test(type.trim());
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    let settled = false;
    const finish = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const refusal = (): BodyResult | undefined => {
      if (bytes > maxBytes || declared > maxBytes)
        return { ok: false, status: 413, error: `Request body over ${maxBytes} bytes.` };
      if (bytes > 0 && !typeOk)
        return {
          ok: false,
          status: 415,
          error: 'Request body must be JSON (Content-Type: application/json).',
        };
      return undefined;
    };
    request.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > DRAIN_LIMIT_BYTES) {
        finish(refusal() ?? { ok: false, status: 413, error: `Request body over ${maxBytes} bytes.` });
        request.destroy();
        return;
      }
      if (bytes <= maxBytes && typeOk) chunks.push(chunk);
    });
    request.on('error', () =>
      finish({ ok: false, status: 400, error: 'The request body could not be read.' }),
    );
    request.on('end', () => {
      const refused = refusal();
      if (refused) return finish(refused);
      if (bytes === 0) return finish({ ok: true, body: undefined, bytes });
      try {
        finish({ ok: true, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown, bytes });
      } catch {
        finish({ ok: false, status: 400, error: 'Request body is not valid JSON.' });
      }
    });
  });
}
