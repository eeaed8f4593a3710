import {
  faqResultOf,
  post,
  startServer,
  userActivity,
  type ReplyActivity,
  type RunningServer,
} from '../support/testKit';

let running: RunningServer;
beforeAll(async () => {
  running = await startServer();
});
afterAll(async () => {
  await running.close();
});

async function ask(text: string, extra: Record<string, unknown> = {}): Promise<ReplyActivity[]> {
  const response = await post(running.url, userActivity({ text, ...extra }));
  expect(response.status).toBe(200);
  return (response.json as { activities: ReplyActivity[] }).activities;
}

describe('GET /healthz', () => {
  it('reports ok with the number of entries and a content hash of the knowledge base', async () => {
    const response = await fetch(`${running.url}/healthz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.status).toBe('ok');
    expect(body.entries).toBeGreaterThanOrEqual(100);
    expect(body.kbVersion).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('POST /api/messages with expectReplies', () => {
  it('answers the seed question about vitamin D with https sources, citations and the disclaimer', async () => {
    const [reply] = await ask('What vitamin deficiency causes leg cramps?');
    const result = faqResultOf(reply);
    expect(result).toMatchObject({ type: 'faqResult', kind: 'answer', id: 'vitamin-deficiency-leg-cramps' });
    expect(result?.title).toBe('What vitamin deficiency causes leg cramps?');
    expect(result?.score).toBeGreaterThan(0.5);
    expect(reply.text).toMatch(/vitamin D/);
    const card = reply.attachments?.[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const cardJson = JSON.stringify(card?.content);
    expect(cardJson).toContain('Sources');
    expect(cardJson).toMatch(/\]\(https:\/\/[^)]+\)/);
    expect(cardJson).toContain('not medical advice');
  });

  it('declines the weather in Paris with a fallback that offers starter questions', async () => {
    const [reply] = await ask("what's the weather in Paris?");
    expect(faqResultOf(reply)).toMatchObject({ kind: 'fallback' });
    expect(reply.text).toMatch(/can't answer/i);
    expect(reply.suggestedActions?.actions.length).toBeGreaterThan(0);
  });

  it('greets "hi" with help', async () => {
    const [reply] = await ask('hi');
    expect(faqResultOf(reply)).toMatchObject({ kind: 'help', id: 'greeting' });
  });

  it('welcomes a user who joins with the disclaimer and starter buttons, and ignores the bot joining', async () => {
    const joined = await post(
      running.url,
      userActivity({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'user-1' }] }),
    );
    const [welcome] = (joined.json as { activities: ReplyActivity[] }).activities;
    expect(welcome.text).toMatch(/leg cramps/);
    expect(welcome.text).toMatch(/not medical advice/);
    const actions = welcome.attachments?.[0].content.actions ?? [];
    expect(actions.length).toBeGreaterThanOrEqual(3);
    expect(actions.length).toBeLessThanOrEqual(5);
    const botOnly = await post(
      running.url,
      userActivity({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'bot' }] }),
    );
    expect((botOnly.json as { activities: unknown[] }).activities).toEqual([]);
  });

  it('answers exactly the entry a follow-up button names, without searching its text', async () => {
    const [reply] = await ask('', {
      value: { action: 'ask', entryId: 'magnesium-foods', question: 'What foods are high in magnesium?' },
    });
    expect(faqResultOf(reply)).toMatchObject({ kind: 'answer', id: 'magnesium-foods', score: 1 });
  });

  it('does not answer the same activity twice when a channel retries it', async () => {
    const activity = userActivity({ text: 'what foods have potassium' });
    const first = await post(running.url, activity);
    const second = await post(running.url, activity);
    expect((first.json as { activities: unknown[] }).activities).toHaveLength(1);
    expect((second.json as { activities: unknown[] }).activities).toHaveLength(0);
  });
});

describe('bad input never gets a 5xx and the server keeps serving', () => {
  const cases: Array<
    [string, () => Promise<{ status: number; json: unknown }>, (status: number, json: unknown) => void]
  > = [
    [
      'empty text',
      () => post(running.url, userActivity({ text: '' })),
      (status, json) => expectPolite(status, json, /didn't catch a question/),
    ],
    [
      'whitespace only',
      () => post(running.url, userActivity({ text: '   \n\t ' })),
      (status, json) => expectPolite(status, json, /didn't catch a question/),
    ],
    [
      'emoji only',
      () => post(running.url, userActivity({ text: '🦵😫💊' })),
      (status, json) => expectPolite(status, json, /didn't catch a question/),
    ],
    [
      'a 10,000-character message',
      () => post(running.url, userActivity({ text: 'cramp '.repeat(1700) })),
      (status, json) => expectPolite(status, json, /shorter question/),
    ],
    [
      'an attachment without text',
      () =>
        post(
          running.url,
          userActivity({
            text: undefined,
            attachments: [{ contentType: 'image/png', contentUrl: 'https://example.com/x.png' }],
          }),
        ),
      (status, json) => expectPolite(status, json, /only read text/),
    ],
    [
      'a typing indicator',
      () => post(running.url, userActivity({ type: 'typing', text: undefined })),
      (status) => expect(status).toBe(200),
    ],
    [
      'a reaction',
      () =>
        post(
          running.url,
          userActivity({ type: 'messageReaction', text: undefined, reactionsAdded: [{ type: 'like' }] }),
        ),
      (status) => expect(status).toBe(200),
    ],
    [
      'an unknown event',
      () => post(running.url, userActivity({ type: 'event', name: 'something/else', text: undefined })),
      (status) => expect(status).toBe(200),
    ],
    [
      'an unknown invoke',
      () =>
        post(
          running.url,
          userActivity({ type: 'invoke', name: 'unknown/thing', text: undefined, deliveryMode: undefined }),
        ),
      (status) => expect(status).toBe(400),
    ],
    ['malformed JSON', () => post(running.url, '{"type": "message", '), (status) => expect(status).toBe(400)],
    ['a JSON array', () => post(running.url, '[1,2]'), (status) => expect(status).toBe(400)],
    [
      'an activity with no type',
      () => post(running.url, { text: 'hi' }),
      (status) => expect(status).toBe(400),
    ],
    [
      'an activity with no conversation',
      () => post(running.url, { type: 'message', text: 'hi', deliveryMode: 'expectReplies' }),
      (status) => expect(status).toBe(400),
    ],
    [
      'text that is not a string',
      () => post(running.url, userActivity({ text: { nested: true } })),
      (status, json) => expectPolite(status, json, /didn't catch a question/),
    ],
  ];

  it.each(cases)('%s', async (_name, send, check) => {
    const response = await send();
    expect(response.status).toBeLessThan(500);
    check(response.status, response.json);
    expect(JSON.stringify(response.json ?? '')).not.toMatch(/\bat .+\.js:\d+/);
  });

  it('rejects a body over the size limit with 413 and still answers afterwards', async () => {
    const response = await post(running.url, userActivity({ text: 'x'.repeat(400_000) }));
    expect(response.status).toBe(413);
    const health = await fetch(`${running.url}/healthz`);
    expect(health.status).toBe(200);
  });

  it('answers 405 to GET /api/messages and 404 to unknown paths', async () => {
    expect((await fetch(`${running.url}/api/messages`)).status).toBe(405);
    expect((await fetch(`${running.url}/nope`)).status).toBe(404);
  });
});

function expectPolite(status: number, json: unknown, pattern: RegExp): void {
  expect(status).toBe(200);
  const activities = (json as { activities: ReplyActivity[] }).activities;
  expect(activities).toHaveLength(1);
  expect(activities[0].text).toMatch(pattern);
}
