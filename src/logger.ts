import { hash } from 'node:crypto';
import pino, { type DestinationStream } from 'pino';
import { currentRequestContext } from './http/requestContext';

/**
 * Structured logs through pino: one JSON object per line on stdout, `{"time":…,"level":"info","event":…}`.
 * Every line written while serving a request carries its `requestId`, route and activity type. Whatever a
 * user sent is capped before it is written (`MAX_LOGGED_CHARS` per string), so no request can produce a huge
 * line, and conversation ids are replaced by a short hash: lines from one conversation still group, but the
 * channel's id never reaches the log.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Logger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

/** Longest string written to a log line; a curator needs the gist of a question, not a 250 KB paste. */
export const MAX_LOGGED_CHARS = 500;
/** Stacks are ours, not the user's, but an error message can quote input: capped separately and longer. */
const MAX_STACK_CHARS = 2000;
const MAX_DEPTH = 4;
const MAX_ITEMS = 20;
/** Fields holding a conversation id, hashed wherever they appear. */
const HASHED_FIELDS = new Set(['conversationId']);

export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => process.stdout.write(line),
): Logger {
  const destination: DestinationStream = { write };
  const base = pino(
    {
      level,
      base: undefined,
      messageKey: 'message',
      timestamp: () => `,"time":"${isoTime()}"`,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const context = currentRequestContext();
        if (!context) return {};
        return {
          requestId: context.requestId,
          route: context.route,
          ...(context.activityType === undefined ? {} : { activityType: capString(context.activityType) }),
          ...(context.engineMs === undefined ? {} : { engineMs: context.engineMs }),
        };
      },
    },
    destination,
  );
  const emit =
    (at: Exclude<LogLevel, 'silent'>) =>
    (event: string, fields: Record<string, unknown> = {}) => {
      if (!base.isLevelEnabled(at)) return;
      base[at]({ event, ...(sanitiseFields(fields) as Record<string, unknown>) });
    };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** The same short hash everywhere (logs, reports): 16 hex characters of SHA-256. */
export function hashConversationId(id: string): string {
  // The one-shot hash: the same digest as createHash('sha256'), without building a Hash object per line.
  return hash('sha256', id, 'hex').slice(0, 16);
}

let lastMillis = Number.NaN;
let lastIso = '';

/** The time as ISO 8601, formatted once per millisecond: a turn's lines share their millisecond. */
function isoTime(): string {
  const now = Date.now();
  if (now !== lastMillis) {
    lastMillis = now;
    lastIso = new Date(now).toISOString();
  }
  return lastIso;
}

export function capString(text: string, max = MAX_LOGGED_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max)}…[+${text.length - max} chars]`;
}

/** Caps strings, depth, arrays and key counts; errors become {name, message, stack}; ids are hashed. */
export function sanitiseFields(value: unknown, depth = 0, key = ''): unknown {
  if (typeof value === 'string') {
    if (HASHED_FIELDS.has(key)) return hashConversationId(value);
    return capString(value);
  }
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' || typeof value === 'symbol' ? String(value) : value;
  }
  if (value instanceof Error) {
    return {
      name: capString(value.name),
      message: capString(value.message),
      ...(value.stack === undefined ? {} : { stack: capString(value.stack, MAX_STACK_CHARS) }),
    };
  }
  if (depth >= MAX_DEPTH) return '[nested too deep]';
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((item) => sanitiseFields(item, depth + 1));
    if (value.length > MAX_ITEMS) items.push(`[+${value.length - MAX_ITEMS} items]`);
    return items;
  }
  const out: Record<string, unknown> = {};
  let count = 0;
  for (const [name, item] of Object.entries(value)) {
    if (count === MAX_ITEMS * 2) {
      out['…'] = 'more keys left out';
      break;
    }
    out[capString(name, 60)] = sanitiseFields(item, depth + 1, name);
    count += 1;
  }
  return out;
}

/** A logger that keeps lines in memory: for tests that assert what was logged. */
export function createMemoryLogger(): Logger & { lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  return {
    ...createLogger('debug', (line) => lines.push(JSON.parse(line) as Record<string, unknown>)),
    lines,
  };
}
