/**
 * What a web chat handler answers, free of any HTTP framework: `server.ts` (the only restify file) writes it
 * out. Objects are sent as JSON; strings and buffers as they are, with the given headers.
 */
export interface HttpResult {
  status: number;
  headers?: Record<string, string>;
  body: string | Buffer | Record<string, unknown>;
}

export function jsonResult(
  status: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): HttpResult {
  return { status, body, headers: { 'cache-control': 'no-store', ...headers } };
}
