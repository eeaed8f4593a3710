import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  faqResultOf,
  post,
  startServer,
  userActivity,
  type ReplyActivity,
  type RunningServer,
} from '../support/testKit';

/** Two instances of the service behind an imaginary load balancer, each on its own ephemeral port. */
async function startTwoInstances(env: Record<string, string> = {}): Promise<[RunningServer, RunningServer]> {
  return Promise.all([startServer({ env }), startServer({ env })]);
}

async function ask(instance: RunningServer, conversationId: string, text: string) {
  const response = await post(instance.url, userActivity({ text, conversation: { id: conversationId } }));
  expect(response.status).toBe(200);
  const [reply] = (response.json as { activities: ReplyActivity[] }).activities;
  return reply ? faqResultOf(reply) : undefined;
}

describe('two instances behind a load balancer', () => {
  let instances: RunningServer[] = [];
  afterEach(async () => {
    await Promise.all(instances.map((instance) => instance.close()));
    instances = [];
  });

  test('with CONTEXT_STORE_DIR, a typed follow-up on instance B resolves against the answer instance A gave', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shared-context-'));
    const [a, b] = await startTwoInstances({ CONTEXT_STORE_DIR: dir });
    instances = [a, b];
    expect(await ask(a, 'shared-1', 'how much magnesium do I need')).toMatchObject({
      kind: 'answer',
      id: 'magnesium-daily-need',
    });
    expect(await ask(b, 'shared-1', 'what foods have it?')).toMatchObject({
      kind: 'answer',
      id: 'magnesium-foods',
    });
  });

  test('with the default in-process memory, instance B does not know what instance A answered', async () => {
    // This is why the shared store exists: each process remembers only the turns it served itself.
    const [a, b] = await startTwoInstances();
    instances = [a, b];
    expect(await ask(a, 'local-1', 'how much magnesium do I need')).toMatchObject({ kind: 'answer' });
    expect(await ask(b, 'local-1', 'what foods have it?')).not.toMatchObject({ id: 'magnesium-foods' });
    // The same follow-up on the instance that gave the answer does resolve.
    expect(await ask(a, 'local-1', 'what foods have it?')).toMatchObject({ id: 'magnesium-foods' });
  });
});
