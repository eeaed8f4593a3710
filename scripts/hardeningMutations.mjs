#!/usr/bin/env node
/* global process, console */
// Red before green for the defects of issue #13 (docs/hardening-tests.md): in a scratch worktree of HEAD,
// remove one fix with a minimal edit, run the test that covers it and require it to FAIL; undo the edit and
// require the same test to PASS. Usage: node scripts/hardeningMutations.mjs <id…|all> (ids below).
// Not part of npm test: each check runs jest twice, and the whole table takes 15-30 minutes on 2 cores.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** id → what the fix was, the edits that remove it (each `old` must occur exactly once), and the test. */
const MUTATIONS = {
  '1a': {
    defect: 'JSON-only bodies: 415 for other content types',
    edits: [
      [
        'src/http/readJsonBody.ts',
        'const typeOk = type !== undefined && JSON_TYPE.test(type.trim());',
        'const typeOk = type !== undefined || JSON_TYPE.test(String(type));',
      ],
    ],
    test: ['tests/http/requestBodies.test.ts', '-t', 'JSON only'],
  },
  '1b': {
    defect: 'no temp files: restify bodyParser restored in front of the routes (415 kept)',
    edits: [
      [
        'src/server.ts',
        '  STATES.set(server, state);\n',
        '  STATES.set(server, state);\n  server.use(restify.plugins.bodyParser());\n',
      ],
      [
        'src/http/readJsonBody.ts',
        '  return new Promise((resolve) => {\n',
        "  return new Promise((resolve) => {\n    if (request.readableEnded && (type ?? '').startsWith('multipart/'))\n      return resolve({ ok: false, status: 415, error: 'Request body must be JSON (Content-Type: application/json).' });\n",
      ],
    ],
    test: ['tests/http/requestBodies.test.ts', '-t', 'multipart upload to /api/messages'],
  },
  '2a': {
    defect: 'forged tokens: the signing-key gate switched off (the SDK fetches the metadata per request)',
    edits: [['src/adapter.ts', '        if (gate) {', "        if (gate && authorization === 'never') {"]],
    test: ['tests/http/auth.test.ts', '-t', 'when the signing keys cannot be fetched'],
  },
  '2b': {
    defect: 'metadata fetch backoff removed',
    edits: [
      [
        'src/auth/SigningKeyGate.ts',
        '    this.nextAttemptAt = this.now() + wait;',
        '    this.nextAttemptAt = this.now() + wait * 0;',
      ],
    ],
    test: ['tests/http/auth.test.ts', '-t', 'fetching with backoff'],
  },
  '2c': {
    defect: "generic 401: the SDK's error answered as a 500 with its message",
    edits: [
      [
        'src/adapter.ts',
        "        logger.warn('auth.rejected', { reason: error instanceof Error ? error.message : 'unknown' });\n        return UNAUTHORIZED;",
        "        logger.warn('auth.rejected', { reason: error instanceof Error ? error.message : 'unknown' });\n        return { status: 500, body: { error: error instanceof Error ? error.message : 'unknown' } };",
      ],
    ],
    test: ['tests/http/auth.test.ts', '-t', 'Bot Framework authentication with real signatures'],
  },
  '2c-fuzz': {
    defect: '2c, caught by the auth-on property test',
    same: '2c',
    test: ['tests/http/propertyFuzzAuth.test.ts'],
  },
  '2d': {
    defect: 'an unknown kid refetches the keys at most every 5 minutes (pause removed)',
    edits: [
      [
        'src/auth/SigningKeyGate.ts',
        '    return this.options.unknownKeyRefreshMs ?? 5 * 60 * 1000;',
        '    return this.options.unknownKeyRefreshMs ?? 5 * 60 * 1000 * 0;',
      ],
    ],
    test: ['tests/http/propertyFuzzAuth.test.ts'],
  },
  3: {
    defect: 'asset table as a Map (/webchat/constructor, __proto__)',
    edits: [
      [
        'src/webchat/WebChatService.ts',
        '    const spec = PAGE_ASSETS.get(name);',
        '    const spec = (Object.fromEntries(PAGE_ASSETS) as Record<string, { file: string; type: string } | undefined>)[name];',
      ],
    ],
    test: ['tests/http/requestBodies.test.ts', '-t', 'maps, not from object prototypes'],
  },
  4: {
    defect: 'logged user strings capped',
    edits: [
      [
        'src/logger.ts',
        '  return text.length <= max ? text : `${text.slice(0, max)}…[+${text.length - max} chars]`;',
        '  return text.length <= max || max > 0 ? text : `${text.slice(0, max)}…[+${text.length - max} chars]`;',
      ],
    ],
    test: ['tests/http/logging.test.ts', '-t', 'caps'],
  },
  5: {
    defect: 'TRUST_PROXY decides when X-Forwarded-For counts (ignored: always the socket address)',
    edits: [
      [
        'src/http/clientAddress.ts',
        "  if (trust.kind === 'none' || forwardedFor === undefined) return peer;",
        "  if (trust.kind === 'none' || forwardedFor === undefined || peer !== '') return peer;",
      ],
    ],
    test: ['tests/http/trustProxy.test.ts'],
  },
  '6a': {
    defect: 'web chat session tokens expire (expiry check removed)',
    edits: [
      [
        'src/webchat/SessionTokens.ts',
        '    if (Number(expires) * 1000 <= this.now()) return undefined;',
        '    if (Number(expires) * 1000 <= this.now() - 1e15) return undefined;',
      ],
    ],
    test: ['tests/channels/webChatSessions.test.ts'],
  },
  '6b': {
    defect: 'the page renews its token before it expires (renewal removed)',
    edits: [
      [
        'public/app.js',
        '      else if (Date.now() > expiresAt - 60_000) await startConversation(true);',
        '      else if (Date.now() > expiresAt - 60_000 && !token) await startConversation(true);',
      ],
    ],
    test: ['tests/browser/webChatRenewal.test.ts'],
  },
  7: {
    defect: 'memory keyed by channel + conversation (channel dropped from the key)',
    edits: [
      [
        'src/state/ConversationMemory.ts',
        'update(`${channelId}\\n${conversationId}`)',
        'update(`${channelId.slice(0, 0)}\\n${conversationId}`)',
      ],
      [
        'src/state/ConversationMemory.ts',
        '      ? `${KEY_PREFIX}${key.channelId}\\n${key.conversationId}`',
        '      ? `${KEY_PREFIX}${key.channelId.slice(0, 0)}\\n${key.conversationId}`',
      ],
    ],
    test: ['tests/state/StorageConversationMemory.test.ts', '-t', 'per channel and conversation'],
  },
  8: {
    defect: 'auth off: only loopback or allow-listed serviceUrls',
    edits: [
      [
        'src/http/serviceUrlPolicy.ts',
        '  if (allowedOrigins.includes(url.origin)) return true;',
        "  if (allowedOrigins.includes(url.origin) || url.origin !== '') return true;",
      ],
    ],
    test: ['tests/http/serviceUrl.test.ts'],
  },
  '9a': {
    defect: 'kbVersion hashes file names, not paths',
    edits: [
      [
        'src/knowledge/loadKnowledgeBase.ts',
        'hash.update(basename(file.file))',
        'hash.update(basename(file.file) + file.file)',
      ],
    ],
    test: ['tests/http/kbVersion.test.ts'],
  },
  '9b': {
    defect: 'kbVersion hashes file contents',
    edits: [
      [
        'src/knowledge/loadKnowledgeBase.ts',
        ".update('\\0').update(file.text).update('\\0')",
        ".update('\\0').update(file.text.slice(0, 0)).update('\\0')",
      ],
    ],
    test: ['tests/http/kbVersion.test.ts'],
  },
  10: {
    defect: 'YAML syntax errors name the line to fix',
    edits: [
      [
        'src/knowledge/readYamlFile.ts',
        '  const lastLine = Math.max(1, lineCounter.linePos(text.trimEnd().length).line);\n',
        '  const lastLine = Math.max(1, lineCounter.linePos(text.trimEnd().length).line);\n  if (lastLine > 0) return lineCounter.linePos(pos).line;\n',
      ],
    ],
    test: ['tests/http/yamlErrorLines.test.ts'],
  },
  11: {
    defect: 'the start-up line says where it is bound',
    edits: [
      [
        'src/index.ts',
        "  const shown = config.host.includes(':') ? `[${config.host}]` : config.host;\n  const everywhere = config.host === '0.0.0.0' || config.host === '::' ? ' (all interfaces)' : '';",
        "  const shown = config.host.includes(':') ? 'localhost' : 'localhost';\n  const everywhere = config.host === 'never' ? ' (all interfaces)' : '';",
      ],
    ],
    test: ['tests/http/startup.test.ts', '-t', 'all interfaces'],
  },
  12: {
    defect: 'conversation ids hashed in logs',
    edits: [
      [
        'src/logger.ts',
        '    if (HASHED_FIELDS.has(key)) return hashConversationId(value);',
        "    if (HASHED_FIELDS.has(key) && key === 'never') return hashConversationId(value);",
      ],
    ],
    test: ['tests/http/logging.test.ts', '-t', 'conversation id'],
  },
  13: {
    defect: 'SIGHUP reloads the knowledge base',
    edits: [['src/index.ts', "  process.on('SIGHUP', () => void reloader.reload('SIGHUP'));\n", '']],
    test: ['tests/http/drain.test.ts', '-t', 'SIGHUP'],
  },
};

function run(command, args, cwd) {
  return spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The first failing assertion of a jest run, in a few lines. */
function firstFailure(output) {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line.startsWith('  ● '));
  if (start < 0) return lines.filter((line) => /Tests:/.test(line)).join(' ');
  return lines
    .slice(start, start + 40)
    .filter((line) => /^\s+●|Expected|Received|thrown|Error|toBe|toEqual|toMatch/.test(line))
    .slice(0, 6)
    .map((line) => line.trim())
    .join('\n    ');
}

function jest(dir, test) {
  const result = run('npx', ['jest', '--colors=false', '--forceExit', ...test], dir);
  return { passed: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

function check(dir, id) {
  const mutation = MUTATIONS[id];
  const edits = mutation.same ? MUTATIONS[mutation.same].edits : mutation.edits;
  for (const [file, old, replacement] of edits) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    const count = text.split(old).length - 1;
    if (count !== 1)
      return { id, ok: false, note: `${file}: the fix's text occurs ${count} times (code moved?)` };
    writeFileSync(path, text.replace(old, replacement));
  }
  const red = jest(dir, mutation.test);
  run('git', ['checkout', '--', 'src', 'public'], dir);
  if (red.passed) return { id, ok: false, note: 'the test PASSED with the fix removed' };
  const green = jest(dir, mutation.test);
  if (!green.passed)
    return { id, ok: false, note: `the test fails without the mutation too:\n${firstFailure(green.output)}` };
  return { id, ok: true, note: firstFailure(red.output) };
}

const wanted = process.argv.slice(2);
const ids = wanted.includes('all') ? Object.keys(MUTATIONS) : wanted;
const unknown = ids.filter((id) => !(id in MUTATIONS));
if (ids.length === 0 || unknown.length > 0) {
  console.error(`usage: node scripts/hardeningMutations.mjs <${Object.keys(MUTATIONS).join('|')}|all>…`);
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'mut-'));
rmSync(dir, { recursive: true });
const added = run('git', ['worktree', 'add', '--detach', dir, 'HEAD'], ROOT);
if (added.status !== 0) {
  console.error(added.stderr);
  process.exit(1);
}
try {
  const modules = join(ROOT, 'node_modules');
  if (existsSync(modules)) symlinkSync(modules, join(dir, 'node_modules'));
  let failed = 0;
  for (const id of ids) {
    const result = check(dir, id);
    if (!result.ok) failed += 1;
    console.log(
      `${result.ok ? 'red, then green' : 'NOT PROVEN'}  ${id}  ${MUTATIONS[id].defect}\n    ${result.note}`,
    );
  }
  process.exitCode = failed === 0 ? 0 : 1;
} finally {
  run('git', ['worktree', 'remove', '--force', dir], ROOT);
}
