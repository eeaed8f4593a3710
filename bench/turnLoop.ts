import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { parse } from 'yaml';
import { loadConfig } from '../src/config';
import { createApp } from '../src/createApp';
import { loadCachedKnowledgeBase } from '../src/knowledge/loadCachedKnowledgeBase';
import { createLogger } from '../src/logger';
import { CACHE_DIR, SHIPPED_KNOWLEDGE_DIR } from '../src/startup/projectRoot';
import { createEchoBot } from './servers/createEchoBot';

/**
 * `npm run bench:turns`: CPU per turn in one process, without HTTP, sockets or a load generator, so a busy
 * machine moves it far less than requests/s. (b) is the minimal CloudAdapter echo bot of `npm run bench`;
 * (c) is this bot as `createApp` builds it (logging at info to /dev/null, metrics, memory), both fed
 * expectReplies message activities, each a new conversation, (c) the test set's questions in rotation.
 * The two take turns round by round and each figure is the median round. With `--only b|c` it runs one of
 * them, for a CPU profile of that one alone (`node --cpu-prof -r ./scripts/registerTs.js bench/turnLoop.ts
 * --only c`). Options: --turns <n> per round (2000), --rounds <n> (7).
 */

const ROOT = join(__dirname, '..');

type Turn = (activity: Record<string, unknown>) => Promise<unknown>;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return (i >= 0 ? process.argv[i + 1] : undefined) ?? fallback;
}

function activities(questions: string[]): (n: number) => Record<string, unknown> {
  return (n) => ({
    type: 'message',
    id: `loop-${n}`,
    channelId: 'bench',
    serviceUrl: 'http://127.0.0.1:9',
    conversation: { id: `loop-conversation-${n}` },
    from: { id: `user-${n}` },
    recipient: { id: 'bot' },
    locale: 'en-US',
    deliveryMode: 'expectReplies',
    text: questions[n % questions.length],
  });
}

function echoBot(): Turn {
  const { adapter, bot } = createEchoBot();
  return (activity) =>
    adapter.processActivityDirect('', activity as unknown as Activity, (context) => bot.run(context));
}

function thisBot(): Turn {
  const config = loadConfig({ LOG_LEVEL: 'info' });
  const sink = openSync('/dev/null', 'w');
  process.once('exit', () => closeSync(sink));
  const logger = createLogger('info', (line) => writeSync(sink, line));
  const { kb } = loadCachedKnowledgeBase(SHIPPED_KNOWLEDGE_DIR, CACHE_DIR);
  const app = createApp({ config, kb, logger, processMetrics: false });
  return async (activity) => {
    const result = await app.handleMessage(activity, undefined);
    if (result.status !== 200) throw new Error(`bench: turn answered ${result.status}`);
    // The HTTP layer would serialise the replies: count that too, as it grows with the card.
    return JSON.stringify(result.body);
  };
}

async function cpuPerTurn(
  turn: Turn,
  make: (n: number) => Record<string, unknown>,
  turns: number,
  from: number,
) {
  const before = process.cpuUsage();
  for (let i = 0; i < turns; i += 1) await turn(make(from + i));
  const { user, system } = process.cpuUsage(before);
  return (user + system) / turns;
}

async function main(): Promise<void> {
  const turns = Number(option('turns', '2000'));
  const rounds = Number(option('rounds', '7'));
  const only = option('only', '');
  const questions = (
    parse(readFileSync(join(ROOT, 'tests/eval/questions.yaml'), 'utf8')) as {
      questions: Array<{ text: string }>;
    }
  ).questions.map((question) => question.text);
  const contenders = [
    {
      name: '(b) CloudAdapter echo bot',
      key: 'b',
      build: echoBot,
      make: activities(['how much magnesium do I need']),
    },
    { name: '(c) this bot', key: 'c', build: thisBot, make: activities(questions) },
  ]
    .filter((contender) => only === '' || contender.key === only)
    // Built only when chosen: a profile of one holds nothing of the other's start-up.
    .map((contender) => ({ ...contender, turn: contender.build() }));
  const results = contenders.map(() => [] as number[]);
  let n = 0;
  for (const contender of contenders) {
    await cpuPerTurn(contender.turn, contender.make, turns, n); // warm-up
    n += turns;
  }
  for (let round = 0; round < rounds; round += 1)
    for (const [i, contender] of contenders.entries()) {
      results[i]?.push(await cpuPerTurn(contender.turn, contender.make, turns, n));
      n += turns;
    }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const lines = contenders.map(
    (contender, i) =>
      `${contender.name}: ${median(results[i] ?? []).toFixed(0)} us CPU per turn (rounds: ${(results[i] ?? [])
        .map((value) => value.toFixed(0))
        .join(', ')})`,
  );
  if (contenders.length === 2) {
    const [b = [], c = []] = results;
    const paired = b.map((value, i) => value / (c[i] ?? Number.NaN));
    lines.push(`CPU-bound c/b, median of paired rounds: ${median(paired).toFixed(2)}`);
  }
  process.stdout.write(
    `Machine: Node ${process.version}; ${turns} turns a round, ${rounds} rounds\n${lines.join('\n')}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
