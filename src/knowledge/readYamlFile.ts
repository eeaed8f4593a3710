import { readFileSync } from 'node:fs';
import type { Document, LineCounter } from 'yaml';
import type { z } from 'zod';
import type { KnowledgeIssue } from './KnowledgeBaseError';

/**
 * The YAML parser (about 70 modules, some 50 ms of CPU to load), loaded on the first file read: a start from the
 * caches reads no YAML, yet modules that can read it (the safety sets' training source) load at every start.
 */
let parser: typeof import('yaml') | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on the first YAML file read only
const yaml = () => (parser ??= require('yaml') as typeof import('yaml'));

/** A parsed, validated YAML file that can still answer "which line is this value on?". */
export interface YamlFile<T> {
  file: string;
  data: T;
  /** Raw file text, for content hashing. */
  text: string;
  lineOf(path: ReadonlyArray<string | number>): number | undefined;
}

export type YamlResult<T> = { ok: true; value: YamlFile<T> } | { ok: false; issues: KnowledgeIssue[] };

/**
 * Reads one knowledge file: YAML syntax errors, duplicate keys and schema violations all come back as issues
 * with the file, line and (where the path runs through a list item with an `id`) the entry id.
 */
export function readYamlFile<S extends z.ZodType>(
  absolutePath: string,
  displayPath: string,
  schema: S,
): YamlResult<z.infer<S>> {
  let text: string;
  try {
    text = readFileSync(absolutePath, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file is missing' : String(error);
    return { ok: false, issues: [{ file: displayPath, message: reason }] };
  }
  return parseYamlText(text, displayPath, schema);
}

export function parseYamlText<S extends z.ZodType>(
  text: string,
  displayPath: string,
  schema: S,
): YamlResult<z.infer<S>> {
  const lineCounter = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((error) => ({
        file: displayPath,
        line: syntaxErrorLine(text, error.pos[0], error.message, lineCounter),
        message: `YAML syntax: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  const raw: unknown = doc.toJS();
  const lineOf = (path: ReadonlyArray<string | number>) => lineOfPath(doc, lineCounter, path);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => {
        const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
        // An unknown key is reported on its parent object; point at the key itself.
        const keyPath =
          issue.code === 'unrecognized_keys' && issue.keys.length > 0 ? [...path, issue.keys[0]] : path;
        const entryId = entryIdAlong(raw, path);
        return {
          file: displayPath,
          line: lineOf(keyPath) ?? lineOf(path),
          entryId,
          message: `${formatPath(path, entryId !== undefined)}${describeIssue(issue)}`,
        };
      }),
    };
  }
  return { ok: true, value: { file: displayPath, data: parsed.data, text, lineOf } };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys')
    return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) return 'is required';
  return issue.message;
}

function formatPath(path: ReadonlyArray<string | number>, namesEntry: boolean): string {
  // Drop the top-level list key and the entry index when the entry id already says which entry.
  const shown = namesEntry && path.length >= 2 && typeof path[1] === 'number' ? path.slice(2) : path;
  if (shown.length === 0) return '';
  const text = shown
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
    .join('');
  return `${text} `;
}

/** The `id` of the outermost list item the path runs through, e.g. entries[3] → "magnesium-foods". */
function entryIdAlong(raw: unknown, path: ReadonlyArray<string | number>): string | undefined {
  let node: unknown = raw;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
    if (typeof key === 'number' && node !== null && typeof node === 'object') {
      const id = (node as { id?: unknown }).id;
      if (typeof id === 'string') return id;
    }
  }
  return undefined;
}

function lineOfPath(
  doc: Document,
  lineCounter: LineCounter,
  path: ReadonlyArray<string | number>,
): number | undefined {
  // Walk down as far as the path exists; a missing key is reported at its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const partial = path.slice(0, depth);
    const node = partial.length === 0 ? doc.contents : doc.getIn(partial, true);
    const keyNode = depth > 0 ? keyNodeOf(doc, partial) : undefined;
    const range = (keyNode ?? node) as { range?: [number, number, number] } | null | undefined;
    if (range?.range) return lineCounter.linePos(range.range[0]).line;
  }
  return undefined;
}

/** For a map entry, the key's position is what an editor highlights; prefer it over the value's. */
function keyNodeOf(doc: Document, path: ReadonlyArray<string | number>): unknown {
  const parentPath = path.slice(0, -1);
  const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
  const last = path[path.length - 1];
  if (yaml().isMap(parent)) {
    const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === last);
    return pair?.key ?? undefined;
  }
  if (yaml().isSeq(parent) && typeof last === 'number') return parent.items[last] ?? undefined;
  return undefined;
}

/** What an error about a missing closing character is missing, and what opened it. */
const UNCLOSED: Array<[RegExp, string, string]> = [
  [/closing "quote/, '"', ''],
  [/closing '/, "'", ''],
  [/end with a \]/, '[', ']'],
  [/end with a \}/, '{', '}'],
];

/**
 * The line a person should look at. The yaml parser reports an unclosed quote or bracket where it gave up,
 * often at the end of the file (one line past the last one); the line that opened it is the one to fix.
 */
function syntaxErrorLine(text: string, pos: number, message: string, lineCounter: LineCounter): number {
  const lastLine = Math.max(1, lineCounter.linePos(text.trimEnd().length).line);
  for (const [pattern, opener, closer] of UNCLOSED) {
    if (!pattern.test(message)) continue;
    let depth = 0;
    for (let i = Math.min(pos, text.length) - 1; i >= 0; i -= 1) {
      const char = text[i];
      if (closer && char === closer) depth += 1;
      else if (char === opener && text[i - 1] !== '\\') {
        if (depth === 0) return lineCounter.linePos(i).line;
        depth -= 1;
      }
    }
  }
  return Math.min(lineCounter.linePos(pos).line, lastLine);
}
