import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { startNginx, type NginxServer } from '../support/nginxServer';
import { contextAfter } from '../../src/engine/contextAfter';
import { shippedEngine, shippedKb } from '../support/testKit';
import { startRedisServer, type RedisServer } from '../support/redisServer';
import { startServiceProcess, type ServiceProcess } from '../support/serviceProcess';
import { buttonsOf, type CardNode, type Reply } from '../channels/serviceKit';

const SECRET = 'a-shared-web-chat-secret-of-at-least-32-characters';

/**
 * A test-set question the shipped engine answers with "Did you mean…", found rather than hard-coded: this
 * test is about the flow across instances, and which wording is ambiguous changes as matching is tuned.
 */
/** A test-set question that gets "Did you mean…" right after an answer about `afterEntryId`, as in the conversation. */
function firstClarifyingQuestion(afterEntryId: string): string {
  const engine = shippedEngine();
  const context = contextAfter(shippedKb(), afterEntryId);
  const { questions } = parse(readFileSync(join(__dirname, '../eval/questions.yaml'), 'utf8')) as {
    questions: Array<{ text: string }>;
  };
  const found = questions.find(({ text }) => engine.answer({ text, context }).kind === 'clarify');
  if (!found) throw new Error('No test-set question gets "Did you mean…" from the shipped engine');
  return found.text;
}

interface Turn {
  status: number;
  /** Which instance nginx sent it to (nginx's $upstream_addr, e.g. "127.0.0.1:41234"). */
  upstream: string;
  replies: Reply[];
}

let activityCounter = 0;

/** Posts one activity through nginx, asking for the replies in the response body. */
async function send(url: string, conversationId: string, fields: Record<string, unknown>): Promise<Turn> {
  activityCounter += 1;
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `lb-${activityCounter}`,
      channelId: 'test',
      serviceUrl: 'http://127.0.0.1:9',
      conversation: { id: conversationId },
      from: { id: 'user-1', name: 'User' },
      recipient: { id: 'bot', name: 'Bot' },
      locale: 'en-US',
      deliveryMode: 'expectReplies',
      ...fields,
    }),
  });
  const text = await response.text();
  const body = response.status === 200 ? (JSON.parse(text) as { activities?: Reply[] }) : {};
  return {
    status: response.status,
    upstream: response.headers.get('x-upstream') ?? '',
    replies: body.activities ?? [],
  };
}

const resultOf = (turn: Turn) =>
  turn.replies.map((reply) => reply.entities?.find((entity) => entity.type === 'faqResult')).find(Boolean);
const buttonData = (turn: Turn, action: string): Record<string, unknown> | undefined =>
  turn.replies
    .flatMap((reply) => buttonsOf(reply))
    .map((button: CardNode) => button.data as Record<string, unknown> | undefined)
    .find((data) => data?.action === action);

describe('two instances behind nginx (round-robin), sharing Redis and WEBCHAT_SESSION_SECRET', () => {
  let redis: RedisServer;
  let instances: ServiceProcess[] = [];
  let nginx: NginxServer;

  beforeAll(async () => {
    redis = await startRedisServer();
    // The routing is under test, not Redis's speed: on a loaded test machine a command can take longer than the
    // 500 ms default, which would (rightly) answer a follow-up without its context.
    const env = {
      CONTEXT_REDIS_URL: redis.url,
      WEBCHAT_SESSION_SECRET: SECRET,
      CONTEXT_REDIS_TIMEOUT_MS: '5000',
    };
    instances = await Promise.all([startServiceProcess(env), startServiceProcess(env)]);
    nginx = await startNginx(instances.map((instance) => instance.port));
  }, 200_000);

  afterAll(async () => {
    await nginx?.stop();
    await Promise.all(instances.map((instance) => instance.kill()));
    await redis?.stop();
  });

  test('a conversation whose every turn lands on the other instance works: welcome, answer, typed follow-up, button, clarify, "None of these"', async () => {
    const url = nginx.url;
    const turns: Turn[] = [];
    const take = async (turn: Promise<Turn>) => {
      const done = await turn;
      expect(done.status).toBe(200);
      turns.push(done);
      return done;
    };

    const welcome = await take(
      send(url, 'lb-conversation', {
        type: 'conversationUpdate',
        membersAdded: [{ id: 'user-1', name: 'User' }],
      }),
    );
    expect(resultOf(welcome)).toMatchObject({ kind: 'help', id: 'welcome' });

    const answer = await take(send(url, 'lb-conversation', { text: 'how much magnesium do I need' }));
    expect(resultOf(answer)).toMatchObject({ kind: 'answer', id: 'magnesium-daily-need' });

    const followUp = await take(send(url, 'lb-conversation', { text: 'what foods have it?' }));
    expect(resultOf(followUp)).toMatchObject({ kind: 'answer', id: 'magnesium-foods' });

    const button = buttonData(followUp, 'ask');
    expect(button).toBeDefined();
    const clicked = await take(send(url, 'lb-conversation', { value: button }));
    expect(resultOf(clicked)).toMatchObject({ kind: 'answer', id: button?.entryId });

    const ambiguous = firstClarifyingQuestion(String(button?.entryId));
    const clarify = await take(send(url, 'lb-conversation', { text: ambiguous }));
    expect(resultOf(clarify)).toMatchObject({ kind: 'clarify' });
    const noneOfThese = buttonData(clarify, 'none-of-these');
    expect(noneOfThese).toMatchObject({ question: ambiguous });
    const declined = await take(send(url, 'lb-conversation', { value: noneOfThese }));
    expect(resultOf(declined)).toMatchObject({ kind: 'fallback', reason: 'none-of-these' });

    // Round-robin: each turn went to the other instance than the turn before.
    const upstreams = turns.map((turn) => turn.upstream);
    expect(new Set(upstreams).size).toBe(2);
    upstreams.slice(1).forEach((upstream, i) => expect(upstream).not.toBe(upstreams[i]));
  });

  test('a web page session started on one instance carries on on the other, follow-up included', async () => {
    const post = async (path: string, body: unknown, token?: string) => {
      const response = await fetch(`${nginx.url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
      return {
        status: response.status,
        upstream: response.headers.get('x-upstream') ?? '',
        json: (await response.json()) as { token?: string; activities?: Reply[] },
      };
    };
    const started = await post('/api/webchat/conversations', {});
    expect(started.status).toBe(200);
    const token = started.json.token ?? '';
    const joined = await post('/api/webchat/messages', { type: 'event', name: 'webchat/join' }, token);
    const asked = await post(
      '/api/webchat/messages',
      { type: 'message', text: 'how much magnesium do I need' },
      token,
    );
    const followed = await post(
      '/api/webchat/messages',
      { type: 'message', text: 'what foods have it?' },
      token,
    );
    const result = (turn: typeof asked) =>
      turn.json.activities
        ?.map((reply) => reply.entities?.find((entity) => entity.type === 'faqResult'))
        .find(Boolean);
    expect(joined.status).toBe(200);
    expect(result(joined)).toMatchObject({ kind: 'help', id: 'welcome' });
    expect(result(asked)).toMatchObject({ kind: 'answer', id: 'magnesium-daily-need' });
    expect(result(followed)).toMatchObject({ kind: 'answer', id: 'magnesium-foods' });
    const upstreams = [started, joined, asked, followed].map((turn) => turn.upstream);
    expect(new Set(upstreams).size).toBe(2);
    upstreams.slice(1).forEach((upstream, i) => expect(upstream).not.toBe(upstreams[i]));
  });

  test('an instance killed under load: once nginx marks it down, no accepted request fails', async () => {
    const [survivor, victim] = instances as [ServiceProcess, ServiceProcess];
    const questions = [
      'how much magnesium do I need',
      'what foods have potassium',
      'why do I get leg cramps at night',
    ];
    const results: Array<{ startedAt: number; status: number; upstream: string }> = [];
    let stopAt = Number.POSITIVE_INFINITY;
    let downAt = Number.POSITIVE_INFINITY;

    const client = async (id: number) => {
      for (let i = 0; Date.now() < stopAt; i += 1) {
        const startedAt = Date.now();
        try {
          const turn = await send(nginx.url, `load-${id}-${i}`, { text: questions[i % questions.length] });
          results.push({ startedAt, status: turn.status, upstream: turn.upstream });
        } catch {
          results.push({ startedAt, status: 0, upstream: '' });
        }
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, (_, id) => client(id)));

    try {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await victim.kill();
      // nginx logs this the moment its passive check takes the instance out (max_fails=1).
      const deadline = Date.now() + 10_000;
      while (!/upstream server temporarily disabled/.test(nginx.errorLog())) {
        if (Date.now() > deadline)
          throw new Error(`nginx never marked the instance down:\n${nginx.errorLog()}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      downAt = Date.now();
      stopAt = downAt + 1500;
    } finally {
      stopAt = Math.min(stopAt, Date.now() + 1500);
      await load;
    }

    const afterDown = results.filter((result) => result.startedAt > downAt);
    expect(afterDown.length).toBeGreaterThanOrEqual(20);
    expect(afterDown.filter((result) => result.status !== 200)).toEqual([]);
    expect(new Set(afterDown.map((result) => result.upstream))).toEqual(
      new Set([`127.0.0.1:${survivor.port}`]),
    );
    // Before the kill both instances served.
    expect(new Set(results.filter((r) => r.startedAt < downAt - 500).map((r) => r.upstream)).size).toBe(2);
  });
});
