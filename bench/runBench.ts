import autocannon from 'autocannon';
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { parse } from 'yaml';
import { summariseProfile } from './summariseProfile';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { createConversationMemory } from '../src/state/createConversationMemory';

/**
 * `npm run bench`: the bot against the floors it is built on, in one run on this machine and Node:
 *   (a) a bare restify JSON route, (b) a minimal CloudAdapter echo bot, (c) this bot (dist/, with `npm start`'s
 *   node flags).
 * Each is its own process, driven by autocannon at 32 and 64 connections with expectReplies message
 * activities; (c) gets the test set's real questions in rotation, each request a new conversation. It prints
 * requests/s, p50 and p99, c/b and c/a, RSS after start-up, after 1,000 and after 100,000 messages, heap used
 * after a forced GC, and the time from spawn to the first healthy /healthz. Options: --duration <s> (5) per load and --rounds <n> (3),
 * --messages <n> (100000), --redis <url> (also run (c) with CONTEXT_REDIS_URL), --profile (instead, profile
 * the steady state of (b) and (c) and print where their CPU time goes, by owner and by function), --cpu
 * (instead, print the server's CPU time per request for (b) and (c): steadier than requests/s on a busy machine),
 * --startup <n> (instead, start each server n times, interleaved, and print the median and fastest start-up to
 * ready, with (c)'s own phases: a quick check of start-up alone), --memory-only (instead, only the memory phase of
 * (b) and (c): 1,000 messages, then on to --messages, RSS before and after a forced GC, no throughput rounds),
 * --env KEY=VALUE (repeatable: extra environment for every server, not for the load generator, e.g.
 * MALLOC_ARENA_MAX=2 or NODE_OPTIONS=--max-semi-space-size=16).
 */

const ROOT = join(__dirname, '..');
const OUT_DIR = join(ROOT, 'artifacts', 'bench');

interface Options {
  duration: number;
  rounds: number;
  messages: number;
  redis?: string;
  profile: boolean;
  cpu: boolean;
  /** Start-ups per server for --startup (0: the full run). */
  startups: number;
  memoryOnly: boolean;
  /** Extra environment for every server (--env KEY=VALUE, repeatable). */
  env: Record<string, string>;
}

interface Memory {
  rss: number;
  heapTotalAfterGc: number;
  rssAfterGc: number;
  heapUsedAfterGc: number;
}

interface LoadResult {
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

interface ServerReport {
  name: string;
  /** Redis commands per message, for (c) on Redis. */
  redisCalls?: Record<string, number>;
  startupMs: number;
  startupPhases?: Running['startupPhases'];
  memory: Record<string, Memory>;
  loads: LoadResult[];
}

interface Running {
  url: string;
  child: ChildProcess;
  startupMs: number;
  /** The bot's own `startup` log line: wall and CPU milliseconds per phase, and the knowledge cache's outcome. */
  startupPhases?: {
    ms: Record<string, number>;
    cpuMs: Record<string, number>;
    knowledgeCache: string;
    indexCache?: string;
  };
  probe(): Promise<Memory>;
  /** Sends a message over IPC and waits for the server's answer. */
  ask(message: unknown): Promise<unknown>;
  stop(): Promise<void>;
}

function readOptions(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    duration: Number(value('duration') ?? 5),
    rounds: Number(value('rounds') ?? 3),
    messages: Number(value('messages') ?? 100_000),
    redis: value('redis'),
    profile: argv.includes('--profile'),
    cpu: argv.includes('--cpu'),
    startups: Number(value('startup') ?? 0),
    memoryOnly: argv.includes('--memory-only'),
    env: Object.fromEntries(
      argv
        .flatMap((arg, i) => (arg === '--env' && argv[i + 1] ? [argv[i + 1] as string] : []))
        .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
    ),
  };
}

/** --env KEY=VALUE: given to every server this run starts (not to this process, the load generator). */
const SERVER_ENV = readOptions(process.argv.slice(2)).env;

/** Spawns a server, then measures spawn → first 200 from /healthz (what a load balancer waits for). */
async function startServer(args: string[], env: Record<string, string> = {}): Promise<Running> {
  const started = process.hrtime.bigint();
  // stdout goes to a file, as a log collector that keeps up would take it: a pipe that this busy process
  // drained late would block the server's synchronous log writes and charge the wait to the server.
  mkdirSync(OUT_DIR, { recursive: true });
  const logFile = join(OUT_DIR, `${args.at(-1)?.replace(/\W+/g, '-')}-${process.pid}-${Date.now()}.log`);
  const stdout = openSync(logFile, 'w');
  const child = spawn(process.execPath, ['--expose-gc', '-r', join(ROOT, 'bench/probe.js'), ...args], {
    cwd: ROOT,
    // The bot logs at its default level (info: one JSON line per answered question), as deployed.
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...SERVER_ENV, ...env },
    stdio: ['ignore', stdout, 'inherit', 'ipc'],
  });
  closeSync(stdout);
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  let url: string | undefined;
  while (!url) {
    const output = readFileSync(logFile, 'utf8');
    const port = /Ready on http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
    if (port) url = `http://127.0.0.1:${port}`;
    else if (exited !== undefined) throw new Error(`${args.join(' ')} exited (${exited}): ${output}`);
    else await new Promise((resolve) => setTimeout(resolve, 5));
  }
  for (;;) {
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const startupMs = Number(process.hrtime.bigint() - started) / 1e6;
  // The bot logs where its start-up went (wall and CPU ms per phase) right after its ready line.
  const startupLine = readFileSync(logFile, 'utf8')
    .split('\n')
    .find((line) => line.includes('"event":"startup"'));
  const startupPhases = startupLine
    ? (JSON.parse(startupLine) as Pick<
        NonNullable<Running['startupPhases']>,
        'ms' | 'cpuMs' | 'knowledgeCache' | 'indexCache'
      >)
    : undefined;
  const ask = (message: unknown) =>
    new Promise<unknown>((resolve) => {
      child.once('message', resolve);
      child.send(message as string);
    });
  return {
    url,
    child,
    startupMs,
    startupPhases,
    probe: () => ask('probe') as Promise<Memory>,
    ask,
    stop: async () => {
      if (child.exitCode !== null) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await gone;
      rmSync(logFile, { force: true });
    },
  };
}

/** Request bodies: expectReplies message activities, each a new activity id and conversation. */
function bodyMaker(questions: string[]): () => string {
  let n = 0;
  const encoded = questions.map((question) => JSON.stringify(question));
  return () => {
    n += 1;
    return (
      `{"type":"message","id":"bench-${n}","channelId":"bench","serviceUrl":"http://127.0.0.1:9",` +
      `"conversation":{"id":"bench-conversation-${n}"},"from":{"id":"user-${n}"},"recipient":{"id":"bot"},` +
      `"locale":"en-US","deliveryMode":"expectReplies","text":${encoded[n % encoded.length]}}`
    );
  };
}

async function drive(
  url: string,
  makeBody: () => string,
  load: { connections: number; duration?: number; amount?: number },
): Promise<LoadResult> {
  const result = await autocannon({
    url: `${url}/api/messages`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections: load.connections,
    ...(load.amount ? { amount: load.amount } : { duration: load.duration }),
    requests: [{ setupRequest: (request) => ({ ...request, body: makeBody() }) }],
  });
  return {
    connections: load.connections,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

interface Contender {
  name: string;
  args: string[];
  makeBody: () => string;
  env?: Record<string, string>;
}

/**
 * Starts every server (one after the other, so start-ups do not compete), warms each up with 1,000 messages,
 * then runs the loads in rounds, interleaved (a, b, c at 32, then at 64, then the next round), so a change in
 * whatever else the machine is doing hits all three alike; the report takes each one's median round. Last,
 * each is driven on to `messages` in all, its memory probed at a quarter, half and all of them.
 */
async function benchServers(contenders: Contender[], options: Options): Promise<ServerReport[]> {
  const running: Array<
    Contender & { server: Running; memory: Record<string, Memory>; sent: number; loads: LoadResult[] }
  > = [];
  for (const contender of contenders) {
    process.stderr.write(`bench: starting ${contender.name}…\n`);
    const server = await startServer(contender.args, contender.env);
    const memory: Record<string, Memory> = { startup: await server.probe() };
    await drive(server.url, contender.makeBody, { connections: 32, amount: 1000 });
    memory['1000'] = await server.probe();
    running.push({ ...contender, server, memory, sent: 1000, loads: [] });
  }
  for (let round = 1; round <= options.rounds; round += 1) {
    for (const connections of [32, 64]) {
      for (const contender of running) {
        process.stderr.write(`bench: round ${round}, ${contender.name}, ${connections} connections\n`);
        const load = await drive(contender.server.url, contender.makeBody, {
          connections,
          duration: options.duration,
        });
        contender.loads.push(load);
        contender.sent += Math.round(load.requestsPerSecond * options.duration);
      }
    }
  }
  const reports: ServerReport[] = [];
  for (const contender of running) {
    const redis = contender.env?.CONTEXT_REDIS_URL ? new Redis(contender.env.CONTEXT_REDIS_URL) : undefined;
    await redis?.config('RESETSTAT');
    const sentBefore = contender.sent;
    for (const milestone of [options.messages / 4, options.messages / 2, options.messages]) {
      if (milestone > contender.sent) {
        process.stderr.write(`bench: ${contender.name} on to ${milestone} messages\n`);
        await drive(contender.server.url, contender.makeBody, {
          connections: 64,
          amount: milestone - contender.sent,
        });
        contender.sent = milestone;
        contender.memory[String(milestone)] = await contender.server.probe();
      }
    }
    const redisCalls = redis ? await commandCalls(redis, contender.sent - sentBefore) : undefined;
    redis?.disconnect();
    await contender.server.stop();
    const report: ServerReport = {
      ...(redisCalls ? { redisCalls } : {}),
      name: contender.name,
      startupMs: contender.server.startupMs,
      startupPhases: contender.server.startupPhases,
      memory: contender.memory,
      loads: [32, 64].map((connections) =>
        medianLoad(contender.loads.filter((load) => load.connections === connections)),
      ),
    };
    process.stderr.write(`bench: ${JSON.stringify({ ...report, rounds: contender.loads })}\n`);
    reports.push(report);
  }
  return reports;
}

/**
 * What the shared store adds to a turn: the one call a turn awaits (the memory's read, an MGET), timed
 * one after another through the service's own client settings, so it is the round trip and nothing else.
 */
async function timeMemoryRead(url: string, reads = 2000): Promise<{ p50: number; p99: number }> {
  const memory = createConversationMemory(
    loadConfig({ CONTEXT_REDIS_URL: url, CONTEXT_REDIS_KEY_PREFIX: 'bench-read:' }),
    createLogger('silent'),
  );
  // The client fails fast rather than queue while it connects: wait until it is ready.
  while (memory.stats().connection !== 'ready') await new Promise((resolve) => setTimeout(resolve, 10));
  const key = { channelId: 'bench', conversationId: 'read-timing' };
  await memory.set(key, { entryId: 'magnesium-foods', nutrientId: 'magnesium' });
  const times: number[] = [];
  for (let i = 0; i < reads; i += 1) {
    const started = process.hrtime.bigint();
    await memory.get(key);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  await memory.close();
  if (memory.stats().failures > 0) throw new Error(`bench: ${memory.stats().failures} Redis reads failed`);
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(reads * 0.5)] ?? 0, p99: times[Math.floor(reads * 0.99)] ?? 0 };
}

/** Redis commands per message since RESETSTAT, as `INFO commandstats` counts them. */
async function commandCalls(redis: Redis, messages: number): Promise<Record<string, number>> {
  const info = await redis.info('commandstats');
  const calls: Record<string, number> = {};
  for (const [, name = '', count] of info.matchAll(/^cmdstat_(\w+):calls=(\d+)/gm))
    if (!['config', 'info'].includes(name)) calls[name] = Number(count) / messages;
  return calls;
}

/** Each figure's median over the rounds (with errors summed): robust to one round hit by a neighbour's burst. */
function medianLoad(loads: LoadResult[]): LoadResult {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2
      ? (sorted[middle] ?? 0)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  };
  return {
    connections: loads[0]?.connections ?? 0,
    requestsPerSecond: median(loads.map((load) => load.requestsPerSecond)),
    p50: median(loads.map((load) => load.p50)),
    p99: median(loads.map((load) => load.p99)),
    errors: loads.reduce((sum, load) => sum + load.errors, 0),
    non2xx: loads.reduce((sum, load) => sum + load.non2xx, 0),
  };
}

/** Profiles a server's steady state under 32 connections and sums its self time by where the code lives. */
async function profileServer(
  name: string,
  args: string[],
  makeBody: () => string,
  options: Options,
): Promise<string> {
  const dir = join(OUT_DIR, 'profile', name.replace(/\W+/g, '-').replace(/^-|-$/g, ''));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const server = await startServer(args);
  await drive(server.url, makeBody, { connections: 32, amount: 2000 });
  await server.ask('profile-start');
  const load = await drive(server.url, makeBody, { connections: 32, duration: options.duration });
  await server.ask({ profileTo: join(dir, 'steady.cpuprofile') });
  await server.stop();
  return `${name}: ${load.requestsPerSecond.toFixed(0)} requests/s while profiled\n${summariseProfile(dir, name)}`;
}

/**
 * CPU per request: each server's own CPU time (user + system) over a fixed number of requests after a warm-up,
 * the servers taking turns round by round so a change in the machine's load hits each alike; the median
 * round of each. On a shared machine this is steadier than requests/s, and for a single-threaded server CPU
 * per request is what caps requests/s.
 */
async function cpuPerRequest(contenders: Contender[], options: Options, requests = 3000): Promise<number[]> {
  const servers: Running[] = [];
  for (const contender of contenders) {
    const server = await startServer(contender.args);
    await drive(server.url, contender.makeBody, { connections: 32, amount: 2000 });
    servers.push(server);
  }
  const rounds: number[][] = contenders.map(() => []);
  for (let round = 0; round < options.rounds; round += 1) {
    for (const [i, contender] of contenders.entries()) {
      const server = servers[i];
      if (!server) continue;
      const before = ((await server.ask('cpu')) as { cpuMicros: number }).cpuMicros;
      await drive(server.url, contender.makeBody, { connections: 32, amount: requests });
      const after = ((await server.ask('cpu')) as { cpuMicros: number }).cpuMicros;
      rounds[i]?.push((after - before) / requests);
      process.stderr.write(
        `bench: ${contender.name}, CPU ${((after - before) / requests).toFixed(0)} us per request\n`,
      );
    }
  }
  for (const server of servers) await server.stop();
  return rounds.map((values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

function printReport(
  reports: ServerReport[],
  options: Options,
  load: { before: number[]; after: number[] },
): string {
  const lines: string[] = [];
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  lines.push(
    `Machine: ${cpus().length} cores (${cpu}), Node ${process.version}; load average before ${load.before
      .map((value) => value.toFixed(2))
      .join(' / ')}, after ${load.after.map((value) => value.toFixed(2)).join(' / ')}`,
  );
  lines.push(
    `Each load: ${options.duration} s of expectReplies message activities with autocannon; median of ${options.rounds} interleaved rounds.`,
  );
  lines.push('');
  lines.push('| Server | Connections | Requests/s | p50 | p99 | errors + non-2xx |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const report of reports)
    for (const result of report.loads)
      lines.push(
        `| ${report.name} | ${result.connections} | ${result.requestsPerSecond.toFixed(0)} | ${ms(result.p50)} | ${ms(result.p99)} | ${result.errors + result.non2xx} |`,
      );
  const [bare, echo, bot] = reports;
  if (bare && echo && bot) {
    lines.push('');
    for (const [i, result] of bot.loads.entries()) {
      const b = echo.loads[i];
      const a = bare.loads[i];
      if (!a || !b) continue;
      lines.push(
        `At ${result.connections} connections: c/b = ${(result.requestsPerSecond / b.requestsPerSecond).toFixed(2)}, c/a = ${(result.requestsPerSecond / a.requestsPerSecond).toFixed(2)}, p99 c/b = ${(result.p99 / b.p99).toFixed(2)}`,
      );
    }
  }
  lines.push('', ...memoryTable(reports, options));
  for (const report of reports) {
    const phases = report.startupPhases;
    if (!phases) continue;
    const list = (figures: Record<string, number>) =>
      Object.entries(figures)
        .filter(([name]) => name !== 'total')
        .map(([name, value]) => `${name} ${value}`)
        .join(', ');
    lines.push(
      `\n${report.name}: start-up by its own log, ms wall (${list(phases.ms)}; total ${phases.ms.total}) and CPU (${list(phases.cpuMs)}; total ${phases.cpuMs.total}), knowledge cache ${phases.knowledgeCache}, index cache ${phases.indexCache ?? '?'}`,
    );
  }
  for (const report of reports)
    if (report.redisCalls)
      lines.push(
        `\n${report.name}: Redis commands per message: ${Object.entries(report.redisCalls)
          .map(([name, perMessage]) => `${name.toUpperCase()} ${perMessage.toFixed(2)}`)
          .join(', ')}`,
      );
  return lines.join('\n');
}

/**
 * The memory table: RSS and the heap after a forced full GC at each stage. With `afterGc`, also RSS after that
 * GC and each server's growth from 1,000 messages to the last stage (issue #14's target: within 15%).
 */
function memoryTable(reports: ServerReport[], options: Options, afterGc = false): string[] {
  const lines: string[] = [];
  // A set: a small --messages (4,000) makes its quarter the 1,000 already shown.
  const stages = [
    ...new Set(['startup', '1000', ...[4, 2, 1].map((part) => String(options.messages / part))]),
  ];
  const series = (report: ServerReport, field: keyof Memory) =>
    stages.map((stage) => {
      const memory = report.memory[stage];
      return memory ? mb(memory[field]) : '–';
    });
  lines.push(
    `Memory after start-up / 1,000 / ${stages
      .slice(2)
      .map((stage) => Number(stage).toLocaleString('en'))
      .join(' / ')} messages (RSS as it was; heap after a forced full GC):`,
  );
  lines.push('');
  if (afterGc) {
    lines.push('| Server | RSS | RSS after GC | Heap used after GC | Heap reserved after GC |');
    lines.push('| --- | ---: | ---: | ---: | ---: |');
    for (const report of reports)
      lines.push(
        `| ${report.name} | ${series(report, 'rss').join(' / ')} | ${series(report, 'rssAfterGc').join(' / ')} | ${series(report, 'heapUsedAfterGc').join(' / ')} | ${series(report, 'heapTotalAfterGc').join(' / ')} |`,
      );
    lines.push('');
    const last = stages.at(-1) ?? '1000';
    for (const report of reports) {
      const first = report.memory['1000'];
      const end = report.memory[last];
      if (!first || !end) continue;
      const growth = (field: keyof Memory) => `${((end[field] / first[field] - 1) * 100).toFixed(0)}%`;
      lines.push(
        `${report.name}: RSS after ${Number(last).toLocaleString('en')} messages against after 1,000: +${growth('rss')} (after GC +${growth('rssAfterGc')})`,
      );
    }
    return lines;
  }
  lines.push('| Server | Start-up to ready | RSS | Heap used after GC | Heap reserved after GC |');
  lines.push('| --- | ---: | ---: | ---: | ---: |');
  for (const report of reports)
    lines.push(
      `| ${report.name} | ${report.startupMs.toFixed(0)} ms | ${series(report, 'rss').join(' / ')} | ${series(report, 'heapUsedAfterGc').join(' / ')} | ${series(report, 'heapTotalAfterGc').join(' / ')} |`,
    );
  return lines;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

/**
 * Starts each server `times` times, one at a time and interleaved (a, b, c, a, b, c, …, so a busy spell of the
 * machine falls on all three alike), and reports spawn → first healthy /healthz, with (c)'s own phases (the
 * median of each, in CPU ms as well as wall ms: on a shared machine the wall clock mostly measures the others).
 */
async function startupsOnly(contenders: Contender[], times: number): Promise<string> {
  const before = loadavg();
  const wall = new Map<string, number[]>(contenders.map((contender) => [contender.name, []]));
  const phases = new Map<string, { ms: number[]; cpuMs: number[] }>();
  const caches = new Set<string>();
  for (let round = 0; round < times; round++) {
    for (const contender of contenders) {
      const server = await startServer(contender.args, contender.env);
      wall.get(contender.name)?.push(server.startupMs);
      const own = server.startupPhases;
      if (own) {
        caches.add(`knowledge ${own.knowledgeCache}, indexes ${own.indexCache ?? '?'}`);
        for (const [phase, ms] of Object.entries(own.ms)) {
          const entry = phases.get(phase) ?? { ms: [], cpuMs: [] };
          entry.ms.push(ms);
          entry.cpuMs.push(own.cpuMs[phase] ?? 0);
          phases.set(phase, entry);
        }
      }
      await server.stop();
    }
  }
  const after = loadavg();
  const lines = [
    `Machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.version}; load average before ${before.map((load) => load.toFixed(2)).join(' / ')}, after ${after.map((load) => load.toFixed(2)).join(' / ')}`,
    `Start-up to ready (spawn → first healthy /healthz), ${times} interleaved starts each:`,
    '',
    '| Server | Median | Fastest |',
    '| --- | ---: | ---: |',
    ...contenders.map((contender) => {
      const runs = wall.get(contender.name) ?? [];
      return `| ${contender.name} | ${median(runs).toFixed(0)} ms | ${Math.min(...runs).toFixed(0)} ms |`;
    }),
    '',
    `(c) by its own startup log line, median wall / CPU ms per phase: ${[...phases]
      .map(([phase, { ms, cpuMs }]) => `${phase} ${median(ms)} / ${median(cpuMs)}`)
      .join(', ')} (${[...caches].join('; ')})`,
  ];
  return lines.join('\n');
}

/** `npm start`'s arguments after `node` (package.json `scripts.start`: node flags, then the entry point). */
function startArgs(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const [command, ...args] = scripts.start.trim().split(/\s+/);
  if (command !== 'node' || !args.at(-1)?.endsWith('.js'))
    throw new Error(`bench: expected \`node [flags] <entry>.js\` as npm start, found ${scripts.start}`);
  return args;
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const questions = (
    parse(readFileSync(join(ROOT, 'tests/eval/questions.yaml'), 'utf8')) as {
      questions: Array<{ text: string }>;
    }
  ).questions.map((question) => question.text);
  const before = loadavg();
  const reports: ServerReport[] = [];
  const echoBodies = bodyMaker(['how much magnesium do I need']);
  const bare = ['-r', './scripts/registerTs.js', 'bench/servers/bareRestify.ts'];
  const echo = ['-r', './scripts/registerTs.js', 'bench/servers/echoBot.ts'];
  // (c) starts as `npm start` does: its node flags and entry point, read from package.json.
  const bot = startArgs();
  if (options.cpu) {
    const [echoCpu = 0, botCpu = 0] = await cpuPerRequest(
      [
        { name: '(b) CloudAdapter echo bot', args: echo, makeBody: echoBodies },
        { name: '(c) this bot', args: bot, makeBody: bodyMaker(questions) },
      ],
      options,
    );
    process.stdout.write(
      `CPU per request (each server's own, median of ${options.rounds} interleaved rounds of 3,000 at 32 connections): (b) ${echoCpu.toFixed(0)} us, (c) ${botCpu.toFixed(0)} us; CPU-bound c/b = ${(echoCpu / botCpu).toFixed(2)}\n`,
    );
    return;
  }
  if (options.startups > 0) {
    process.stdout.write(
      `${await startupsOnly(
        [
          { name: '(a) bare restify', args: bare, makeBody: echoBodies },
          { name: '(b) CloudAdapter echo bot', args: echo, makeBody: echoBodies },
          { name: '(c) this bot', args: bot, makeBody: echoBodies },
        ],
        options.startups,
      )}\n`,
    );
    return;
  }
  if (options.memoryOnly) {
    // Only the memory phase: the throughput rounds are skipped, so each server goes from 1,000 messages
    // straight on to --messages at 64 connections.
    const memoryReports = await benchServers(
      [
        { name: '(b) CloudAdapter echo bot', args: echo, makeBody: echoBodies },
        { name: '(c) this bot', args: bot, makeBody: bodyMaker(questions) },
      ],
      { ...options, rounds: 0 },
    );
    const env = Object.entries(options.env).map(([name, value]) => `${name}=${value}`);
    process.stdout.write(
      `Node ${process.version}; servers' extra environment: ${env.length ? env.join(' ') : 'none'}\n\n${memoryTable(memoryReports, options, true).join('\n')}\n`,
    );
    return;
  }
  if (options.profile) {
    // Profiles only: the throughput of a profiled process is not comparable with the others'.
    process.stdout.write(
      `${await profileServer('(b) CloudAdapter echo bot', echo, echoBodies, options)}\n\n`,
    );
    process.stdout.write(`${await profileServer('(c) this bot', bot, bodyMaker(questions), options)}\n`);
    return;
  }
  const contenders: Contender[] = [
    { name: '(a) bare restify', args: bare, makeBody: echoBodies },
    { name: '(b) CloudAdapter echo bot', args: echo, makeBody: bodyMaker(['how much magnesium do I need']) },
    { name: '(c) this bot', args: bot, makeBody: bodyMaker(questions) },
  ];
  if (options.redis)
    contenders.push({
      name: '(c) this bot, Redis memory',
      args: bot,
      makeBody: bodyMaker(questions),
      env: { CONTEXT_REDIS_URL: options.redis },
    });
  reports.push(...(await benchServers(contenders, options)));
  let report = printReport(reports, options, { before, after: loadavg() });
  if (options.redis) {
    const read = await timeMemoryRead(options.redis);
    report += `\nThe one Redis call a turn awaits (the memory's read), 2,000 in a row on this Redis: p50 ${read.p50.toFixed(3)} ms, p99 ${read.p99.toFixed(3)} ms\n`;
  }
  process.stdout.write(`${report}\n`);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'bench.json'), JSON.stringify({ options, reports }, null, 2));
  writeFileSync(join(OUT_DIR, 'bench.md'), `${report}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
