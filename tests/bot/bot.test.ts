import { TestAdapter, type Activity } from 'botbuilder';
import { createBot } from '../../src/createBot';
import type { AnswerEngine, AnswerResult, Question } from '../../src/engine/types';
import { createMemoryLogger } from '../../src/logger';
import type { ConversationMemory } from '../../src/state/ConversationMemory';
import { createInProcessMemory } from '../../src/state/createConversationMemory';
import { shippedEngine, shippedKb } from '../support/testKit';

const kb = shippedKb();
const realEngine = shippedEngine();

function makeBot(
  engine: AnswerEngine = realEngine,
  memory: ConversationMemory = createInProcessMemory(100, 60_000, createMemoryLogger()),
) {
  const logger = createMemoryLogger();
  const bot = createBot(engine, kb, memory, logger);
  const adapter = new TestAdapter(async (context) => bot.run(context));
  return { adapter, logger };
}

const resultOf = (activity: Partial<Activity>) =>
  activity.entities?.find((entity) => entity.type === 'faqResult') as Record<string, unknown> | undefined;
const cardOf = (activity: Partial<Activity>) =>
  activity.attachments?.[0]?.content as {
    version: string;
    body: Array<Record<string, unknown>>;
    actions?: Array<{ title: string; data: Record<string, unknown> }>;
  };

/** Sends one activity and returns the replies it produced. */
async function exchange(
  adapter: TestAdapter,
  activity: string | Partial<Activity>,
): Promise<Partial<Activity>[]> {
  const before = adapter.activeQueue.length;
  await adapter.send(activity).startTest();
  return adapter.activeQueue.splice(before);
}

describe('the bot in a conversation (TestAdapter)', () => {
  it('welcomes a user who joins with a greeting, the disclaimer and 3–5 starter buttons', async () => {
    const { adapter } = makeBot();
    const [welcome] = await exchange(adapter, {
      type: 'conversationUpdate',
      membersAdded: [{ id: 'user1', name: 'User' }],
      recipient: { id: 'bot', name: 'Bot' },
    });
    expect(welcome.text).toContain(kb.content.disclaimer.full);
    const card = cardOf(welcome);
    expect(card.version).toBe('1.5');
    expect(card.actions?.length).toBeGreaterThanOrEqual(3);
    expect(card.actions?.length).toBeLessThanOrEqual(5);
  });

  it('welcomes on a Teams installationUpdate', async () => {
    const { adapter } = makeBot();
    const [welcome] = await exchange(adapter, { type: 'installationUpdate', action: 'add' });
    expect(resultOf(welcome)).toMatchObject({ kind: 'help', id: 'welcome' });
  });

  it('welcomes once when Teams announces an install with both an installationUpdate and a conversationUpdate', async () => {
    const { adapter } = makeBot();
    const first = await exchange(adapter, { type: 'installationUpdate', action: 'add' });
    const second = await exchange(adapter, {
      type: 'conversationUpdate',
      membersAdded: [{ id: 'user1', name: 'User' }],
      recipient: { id: 'bot', name: 'Bot' },
    });
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(0);
  });

  it('answers a question with a 1.5 card, sources, the disclaimer and follow-up buttons carrying entry ids', async () => {
    const { adapter } = makeBot();
    const [reply] = await exchange(adapter, 'What vitamin deficiency causes leg cramps?');
    expect(resultOf(reply)).toMatchObject({ kind: 'answer', id: 'vitamin-deficiency-leg-cramps' });
    const card = cardOf(reply);
    expect(card.version).toBe('1.5');
    const texts = card.body.map((element) => String(element.text ?? '')).join('\n');
    expect(texts).toContain(kb.content.disclaimer.short);
    expect(JSON.stringify(card.body)).toMatch(/\[1\] \[[^\]]+\]\(https:\/\//);
    const actions = card.actions ?? [];
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.length).toBeLessThanOrEqual(3);
    for (const action of actions) expect(kb.byId.has(String(action.data.entryId))).toBe(true);
  });

  it('resolves a follow-up button to exactly its entry', async () => {
    const { adapter } = makeBot();
    const [reply] = await exchange(adapter, {
      type: 'message',
      value: { action: 'ask', entryId: 'potassium-foods', question: 'What foods are high in potassium?' },
    });
    expect(resultOf(reply)).toMatchObject({ kind: 'answer', id: 'potassium-foods', score: 1 });
  });

  it('resolves a typed follow-up to the nutrient of the previous answer', async () => {
    const { adapter } = makeBot();
    const [first] = await exchange(adapter, 'how much magnesium do I need each day?');
    expect(resultOf(first)).toMatchObject({ kind: 'answer', id: 'magnesium-daily-need' });
    const [second] = await exchange(adapter, 'what foods have it?');
    expect(resultOf(second)).toMatchObject({ kind: 'answer', id: 'magnesium-foods' });
    const [third] = await exchange(adapter, 'and potassium?');
    expect(resultOf(third)).toMatchObject({ kind: 'answer', id: 'potassium-foods' });
  });

  it('replies without waiting for the memory write: a turn waits on one store call, the read', async () => {
    const calls: string[] = [];
    const stored = new Map<string, { entryId?: string; nutrientId?: string }>();
    // A store whose writes never finish: a turn that awaited one would never reply.
    const memory: ConversationMemory = {
      get: async (key) => {
        calls.push('get');
        return stored.get(key.conversationId);
      },
      set: (key, context) => {
        calls.push('set');
        stored.set(key.conversationId, context);
        return new Promise(() => undefined);
      },
      clear: () => {
        calls.push('clear');
        return new Promise(() => undefined);
      },
      stats: () => ({ store: 'test', failures: 0, available: true }),
      close: async () => undefined,
    };
    const { adapter } = makeBot(realEngine, memory);
    const [first] = await exchange(adapter, 'how much magnesium do I need each day?');
    expect(resultOf(first)).toMatchObject({ kind: 'answer', id: 'magnesium-daily-need' });
    const [second] = await exchange(adapter, 'what foods have it?');
    expect(resultOf(second)).toMatchObject({ kind: 'answer', id: 'magnesium-foods' });
    expect(calls).toEqual(['get', 'set', 'get', 'set']);
  });

  it('answers the best of two questions and offers the other as a button', async () => {
    const { adapter } = makeBot();
    const [reply] = await exchange(adapter, 'does b12 cause cramps and what foods have it');
    const result = resultOf(reply);
    expect(result?.kind).toBe('answer');
    const ids = [result?.id, ...(cardOf(reply).actions ?? []).map((action) => action.data.entryId)];
    expect(ids).toEqual(expect.arrayContaining(['vitamin-b12-cramps', 'vitamin-b12-foods']));
    expect(reply.text).toMatch(/You also asked/);
  });

  it('declines an out-of-scope question and offers starter questions', async () => {
    const { adapter } = makeBot();
    const [reply] = await exchange(adapter, 'who won the football game last night');
    expect(resultOf(reply)).toMatchObject({ kind: 'fallback' });
    expect(reply.suggestedActions?.actions.length).toBeGreaterThan(0);
  });

  it.each([
    ['en-GB', /In the UK:\*\* A GP may still prescribe/, /In the US:/],
    ['en-US', /In the US:\*\* The FDA warns/, /In the UK:/],
  ])('answers quinine with the advice of the message locale %s only', async (locale, shown, hidden) => {
    const { adapter } = makeBot();
    const [reply] = await exchange(adapter, {
      type: 'message',
      text: 'is it ok to take quinine for night cramps',
      locale,
    });
    expect(resultOf(reply)).toMatchObject({ kind: 'answer', id: 'quinine-for-cramps' });
    expect(reply.text).toMatch(shown);
    expect(reply.text).not.toMatch(hidden);
  });

  it('answers quinine with both regions when the message has no locale', async () => {
    const { adapter } = makeBot();
    const [reply] = await exchange(adapter, 'is it ok to take quinine for night cramps');
    expect(reply.text).toMatch(/In the UK:\*\*/);
    expect(reply.text).toMatch(/In the US:\*\*/);
  });

  it('says by name when a nutrient is not covered', async () => {
    const { adapter } = makeBot();
    const [reply] = await exchange(adapter, 'what foods are high in vitamin C?');
    expect(resultOf(reply)).toMatchObject({ kind: 'fallback', reason: 'uncovered-topic' });
    expect(reply.text).toMatch(/vitamin C/);
  });

  it('declines a near topic by name and links the page to read when the topic has one', async () => {
    const { adapter } = makeBot();
    const [iron] = await exchange(adapter, 'is spinach a good source of iron');
    expect(resultOf(iron)).toMatchObject({ kind: 'fallback', reason: 'uncovered-topic' });
    expect(iron.text).toContain("Sorry, I don't have checked information about iron.");
    expect(iron.text).toContain(
      'For more on iron, see [Iron – Fact Sheet for Consumers (NIH ODS)](https://ods.od.nih.gov/factsheets/Iron-Consumer/).',
    );
    const [b6] = await exchange(adapter, 'b6 for morning sickness');
    expect(b6.text).toContain('information about vitamin B6');
    expect(b6.text).toContain('(https://ods.od.nih.gov/factsheets/VitaminB6-Consumer/)');
  });

  it('declines a topic without a page by name and links nothing', async () => {
    const { adapter } = makeBot();
    const [collagen] = await exchange(adapter, 'does collagen help my knees');
    expect(resultOf(collagen)).toMatchObject({ kind: 'fallback', reason: 'uncovered-topic' });
    expect(collagen.text).toContain("Sorry, I don't have checked information about collagen.");
    expect(collagen.text).toContain('A doctor or pharmacist can help with collagen.');
    expect(collagen.text).not.toMatch(/For more on|https:\/\//);
  });

  it('gives triage precedence over a matching FAQ entry', async () => {
    const { adapter } = makeBot();
    const [reply] = await exchange(
      adapter,
      'I have a leg cramp and my calf is swollen, red and warm on one side',
    );
    expect(resultOf(reply)).toMatchObject({ kind: 'urgent' });
    expect(['urgent', 'emergency']).toContain(resultOf(reply)?.level);
  });

  it('gives triage precedence over a follow-up button value', async () => {
    const { adapter } = makeBot();
    const [reply] = await exchange(adapter, {
      type: 'message',
      text: 'my leg cramps and now I have chest pain and can’t breathe',
      value: { action: 'ask', entryId: 'stop-cramp-now', question: 'How do I stop a cramp?' },
    });
    expect(resultOf(reply)).toMatchObject({ kind: 'urgent', level: 'emergency' });
    expect(reply.text).toMatch(/^\*\*Call /);
  });
});

describe('clarify and "None of these" (stub engine)', () => {
  const clarify: AnswerResult = {
    kind: 'clarify',
    score: 0.45,
    runnersUp: [],
    context: {},
    options: [
      { id: 'magnesium-foods', title: 'What foods are high in magnesium?', score: 0.45 },
      { id: 'potassium-foods', title: 'What foods are high in potassium?', score: 0.42 },
    ],
  };
  const stub: AnswerEngine & { questions: Question[] } = {
    questions: [],
    answer(question) {
      this.questions.push(question);
      return question.entryId
        ? { kind: 'answer', entry: kb.byId.get(question.entryId)!, score: 1, runnersUp: [], context: {} }
        : clarify;
    },
  };

  it('asks "Did you mean…" with each option and "None of these" as buttons', async () => {
    const { adapter } = makeBot(stub);
    const [reply] = await exchange(adapter, 'mineral foods');
    expect(resultOf(reply)).toMatchObject({
      kind: 'clarify',
      options: [{ id: 'magnesium-foods' }, { id: 'potassium-foods' }],
    });
    const titles = (cardOf(reply).actions ?? []).map((action) => action.title);
    expect(titles).toEqual([
      'What foods are high in magnesium?',
      'What foods are high in potassium?',
      'None of these',
    ]);
  });

  it('answers the option picked, by id', async () => {
    const { adapter } = makeBot(stub);
    const [reply] = await exchange(adapter, {
      type: 'message',
      value: { action: 'ask', entryId: 'potassium-foods', question: 'What foods are high in potassium?' },
    });
    expect(resultOf(reply)).toMatchObject({ kind: 'answer', id: 'potassium-foods' });
    expect(stub.questions.at(-1)?.entryId).toBe('potassium-foods');
  });

  it('logs "None of these" as unanswered and offers the starter questions', async () => {
    const { adapter, logger } = makeBot(stub);
    const [reply] = await exchange(adapter, {
      type: 'message',
      value: { action: 'none-of-these', question: 'mineral foods' },
    });
    expect(resultOf(reply)).toMatchObject({ kind: 'fallback', reason: 'none-of-these' });
    expect(reply.suggestedActions?.actions.length).toBeGreaterThan(0);
    expect(logger.lines).toContainEqual(
      expect.objectContaining({
        event: 'question.unanswered',
        question: 'mineral foods',
        via: 'none-of-these',
      }),
    );
  });
});

describe('feedback', () => {
  it('thanks the user for a helpful click and logs the rating with the entry id', async () => {
    const { adapter, logger } = makeBot();
    const [reply] = await exchange(adapter, {
      type: 'message',
      value: { action: 'feedback', entryId: 'magnesium-foods', helpful: false },
    });
    expect(reply.text).toBe(kb.content.messages.feedbackSorry);
    expect(logger.lines).toContainEqual(
      expect.objectContaining({ event: 'feedback', entryId: 'magnesium-foods', helpful: false }),
    );
  });

  it("reads Web Chat's thumbs-up event (over Direct Line) as a helpful rating of the entry it names", async () => {
    const { adapter, logger } = makeBot();
    const [reply] = await exchange(adapter, {
      type: 'event',
      name: 'webchat:activity-status/feedback',
      entities: [
        {
          type: 'https://schema.org/LikeAction',
          '@type': 'LikeAction',
          '@id': 'urn:faq-feedback:like:magnesium-foods',
        },
      ],
    });
    expect(reply.text).toBe(kb.content.messages.feedbackThanks);
    expect(logger.lines).toContainEqual(
      expect.objectContaining({ event: 'feedback', entryId: 'magnesium-foods', helpful: true }),
    );
  });

  it('ignores a feedback event whose action does not name an entry', async () => {
    const { adapter, logger } = makeBot();
    const replies = await exchange(adapter, {
      type: 'event',
      name: 'webchat:activity-status/feedback',
      entities: [
        {
          type: 'https://schema.org/DislikeAction',
          '@type': 'DislikeAction',
          '@id': 'urn:faq-feedback:like:magnesium-foods',
        },
      ],
    });
    expect(replies).toHaveLength(0);
    expect(logger.lines.filter((line) => line.event === 'feedback')).toHaveLength(0);
  });
});
