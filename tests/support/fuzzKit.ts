import fc from 'fast-check';
import { userActivity } from './testKit';

/**
 * What the property tests share (tests/http/propertyFuzz*.test.ts): the generators for odd text, nested JSON,
 * activities, raw bodies, paths and content types, and one way to send a generated request.
 */

export interface FuzzRequest {
  method: string;
  path: string;
  contentType?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

export interface FuzzResponse {
  status: number;
  text: string;
}

/** Text a person, a broken client or an attacker might send: graphemes, raw bytes, controls, bidi marks, huge. */
export const oddText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uFEFF',
    '\u202E',
    '𝕞𝕒𝕘𝕟𝕖𝕤𝕚𝕦𝕞',
    'x'.repeat(5000),
    '<script>',
    '{{x}}',
    '__proto__',
  ),
);

export const nestedJson = fc.jsonValue({ maxDepth: 12 });

/** Activity fields, any of them missing, with real and odd values mixed. */
export const activityFields = fc.record(
  {
    type: fc.oneof(
      fc.constantFrom(
        'message',
        'conversationUpdate',
        'invoke',
        'event',
        'typing',
        'messageReaction',
        'installationUpdate',
      ),
      oddText,
    ),
    text: fc.oneof(oddText, nestedJson),
    value: fc.oneof(
      nestedJson,
      fc.record({
        action: fc.constantFrom('ask', 'none-of-these', 'feedback'),
        entryId: oddText,
        question: oddText,
      }),
    ),
    name: fc.oneof(fc.constantFrom('message/submitAction', 'webchat/join'), oddText),
    channelId: fc.oneof(fc.constantFrom('msteams', 'webchat', 'test'), oddText),
    locale: oddText,
    entities: fc.array(nestedJson, { maxLength: 5 }),
    membersAdded: fc.array(fc.record({ id: oddText }), { maxLength: 3 }),
    deliveryMode: fc.constantFrom('expectReplies', 'expectReplies', 'expectReplies', undefined, 'normal'),
    serviceUrl: fc.constantFrom('http://127.0.0.1:9', 'https://attacker.example', 'not a url', undefined),
    timestamp: fc.oneof(fc.constant('2026-01-01T00:00:00Z'), oddText),
  },
  { requiredKeys: [] },
);

/** A JSON activity as a channel would send it, with generated fields over the usual ones. */
export const activityJson = activityFields.map((fields) =>
  JSON.stringify(userActivity(fields as Record<string, unknown>)),
);

/** Any body: activities, other JSON, odd text, random bytes, deep nesting, and one far over every limit. */
export const rawBody: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  activityJson,
  nestedJson.map((value) => JSON.stringify(value)),
  oddText,
  fc.uint8Array({ maxLength: 2000 }),
  fc.nat({ max: 2000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.constant(`{"type":"message","text":"${'a'.repeat(300_000)}"}`),
);

/** Every route the service has (the busy ones twice), asset names that were once holes, and random paths. */
export const anyPath = fc.oneof(
  fc.constantFrom(
    '/api/messages',
    '/api/messages',
    '/api/webchat/messages',
    '/api/webchat/messages',
    '/api/webchat/conversations',
    '/api/directline/token',
    '/healthz',
    '/readyz',
    '/metrics',
    '/',
    '/webchat/app.js',
    '/webchat/constructor',
    '/webchat/__proto__',
    '/webchat/%2e%2e%2fpackage.json',
    '/__proto__',
  ),
  fc.webPath().map((path) => path || '/'),
);

export const anyMethod = fc.constantFrom('POST', 'POST', 'POST', 'GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS');

/** JSON (the only type accepted) most often, and every other type a client might claim. */
export const anyContentType = fc.constantFrom(
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'multipart/form-data; boundary=xyz',
  'application/x-www-form-urlencoded',
  'application/json; charset=latin1',
  undefined,
);

/** A stack frame, or a path into the installed packages: never in a response body. */
export const STACK_TEXT = /\bat [^\n]+\.[jt]s:\d+|node_modules|\n\s+at /;

/**
 * Text as an HTTP header value can carry it: UTF-8 bytes read as Latin-1 (what a raw client would put on the
 * wire), without the CR, LF and other controls that no HTTP client lets through.
 */
export function headerValue(text: string): string {
  const bytes = [...Buffer.from(text, 'utf8').toString('latin1')];
  return bytes
    .filter((char) => char === '\t' || (char >= ' ' && char !== '\u007f'))
    .join('')
    .trim();
}

export async function sendFuzzRequest(baseUrl: string, request: FuzzRequest): Promise<FuzzResponse> {
  const headers: Record<string, string> = { ...request.headers };
  if (request.contentType) headers['content-type'] = request.contentType;
  const hasBody = request.method !== 'GET' && request.method !== 'OPTIONS';
  const response = await fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    headers,
    body: hasBody
      ? typeof request.body === 'string'
        ? request.body
        : Buffer.from(request.body ?? [])
      : undefined,
  });
  return { status: response.status, text: await response.text() };
}
