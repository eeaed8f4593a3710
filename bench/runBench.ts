import autocannon from 'autocannon';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { summariseProfile } from './summariseProfile';

/**
 * `npm run bench`: the bot against the floors it is built on, in one run on this machine and Node:
 *   (a) a bare restify JSON route, (b) a minimal CloudAdapter echo bot, (c) this bot (dist/, as `npm start`).
 * Each is its own process, driven by autocannon at 32 and 64 connections with expectReplies message
 * activities; (c) gets the test set's real questions in rotation, each request a new conversation. It prints
 * requests/s, p50 and p99, c/b and c/a, RSS after start-up, after 1,000 and after 100,000 messages, heap used
 * after a forced GC, and the time from spawn to the first healthy /healthz. Options: --duration <s> (10),
 * --messages <n> (100000), --redis <url> (also run (c) with CONTEXT_REDIS_URL), --profile (instead, profile
 * the steady state of (b) and (c) and print where their CPU time goes, by owner and by function).
 */

const ROOT = join(__dirname, '..');
const OUT_DIR = join(ROOT, 'artifacts', 'bench');

interface Options {
  duration: number;
  messages: number;
  redis?: string;
  profile: boolean;
}

interface Memory {
  rss: number;
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
  startupMs: number;
  memory: Record<string, Memory>;
  loads: LoadResult[];
}

interface Running {
  url: string;
  child: ChildProcess;
  startupMs: number;
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
    duration: Number(value('duration') ?? 10),
    messages: Number(value('messages') ?? 100_000),
    redis: value('redis'),
    profile: argv.includes('--profile'),
  };
}

/** Spawns a server, then measures spawn → first 200 from /healthz (what a load balancer waits for). */
async function startServer(args: string[], env: Record<string, string> = {}): Promise<Running> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--expose-gc', '-r', join(ROOT, 'bench/probe.js'), ...args], {
    cwd: ROOT,
    // The bot logs at its default level (info: one JSON line per answered question), as deployed.
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /Ready on http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
      if (!port) return;
      // From here on the log lines are read and dropped, as a log collector would.
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      resolve(`http://127.0.0.1:${port}`);
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code}): ${output}`)));
  });
  for (;;) {
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const startupMs = Number(process.hrtime.bigint() - started) / 1e6;
  const ask = (message: unknown) =>
    new Promise<unknown>((resolve) => {
      child.once('message', resolve);
      child.send(message as string);
    });
  return {
    url,
    child,
    startupMs,
    probe: () => ask('probe') as Promise<Memory>,
    ask,
    stop: async () => {
      if (child.exitCode !== null) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await gone;
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

/** The whole sequence for one server; message counts are cumulative over the warm-up and both loads. */
async function benchServer(
  name: string,
  args: string[],
  makeBody: () => string,
  options: Options,
  env: Record<string, string> = {},
): Promise<ServerReport> {
  process.stderr.write(`bench: ${name}…\n`);
  const server = await startServer(args, env);
  const memory: Record<string, Memory> = { startup: await server.probe() };
  let sent = 0;
  await drive(server.url, makeBody, { connections: 32, amount: 1000 });
  sent += 1000;
  memory['1000'] = await server.probe();
  const loads: LoadResult[] = [];
  for (const connections of [32, 64]) {
    const load = await drive(server.url, makeBody, { connections, duration: options.duration });
    loads.push(load);
    sent += Math.round(load.requestsPerSecond * options.duration);
  }
  if (options.messages > sent) {
    await drive(server.url, makeBody, { connections: 64, amount: options.messages - sent });
    memory[String(options.messages)] = await server.probe();
  }
  await server.stop();
  const report = { name, startupMs: server.startupMs, memory, loads };
  process.stderr.write(`bench: ${JSON.stringify(report)}\n`);
  return report;
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
  return `${name}: ${load.requestsPerSecond.toFixed(0)} requests/s while profiled\n${summariseProfile(dir)}`;
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
  lines.push(`Each load: ${options.duration} s of expectReplies message activities with autocannon.`);
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
  lines.push('');
  lines.push(
    '| Server | Start-up to ready | RSS after start-up | RSS after 1,000 | RSS after all | RSS after all, after GC | Heap used after GC: start-up / 1,000 / all |',
  );
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const report of reports) {
    const all = report.memory[String(options.messages)];
    lines.push(
      `| ${report.name} | ${report.startupMs.toFixed(0)} ms | ${mb(report.memory.startup?.rss ?? 0)} | ${mb(report.memory['1000']?.rss ?? 0)} | ${all ? mb(all.rss) : '–'} | ${all ? mb(all.rssAfterGc) : '–'} | ${mb(report.memory.startup?.heapUsedAfterGc ?? 0)} / ${mb(report.memory['1000']?.heapUsedAfterGc ?? 0)} / ${all ? mb(all.heapUsedAfterGc) : '–'} |`,
    );
  }
  lines.push(`("all" = ${options.messages.toLocaleString('en')} messages.)`);
  return lines.join('\n');
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
  const bot = ['dist/src/index.js'];
  if (options.profile) {
    // Profiles only: the throughput of a profiled process is not comparable with the others'.
    process.stdout.write(
      `${await profileServer('(b) CloudAdapter echo bot', echo, echoBodies, options)}\n\n`,
    );
    process.stdout.write(`${await profileServer('(c) this bot', bot, bodyMaker(questions), options)}\n`);
    return;
  }
  reports.push(await benchServer('(a) bare restify', bare, echoBodies, options));
  reports.push(await benchServer('(b) CloudAdapter echo bot', echo, echoBodies, options));
  reports.push(await benchServer('(c) this bot', bot, bodyMaker(questions), options));
  if (options.redis)
    reports.push(
      await benchServer('(c) this bot, Redis memory', bot, bodyMaker(questions), options, {
        CONTEXT_REDIS_URL: options.redis,
      }),
    );
  const report = printReport(reports, options, { before, after: loadavg() });
  process.stdout.write(`${report}\n`);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'bench.json'), JSON.stringify({ options, reports }, null, 2));
  writeFileSync(join(OUT_DIR, 'bench.md'), `${report}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
