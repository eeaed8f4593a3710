import { randomUUID } from 'node:crypto';
import { buttonsOf, postJson, type Reply, type Service, shippedKb, startService } from './serviceKit';

/**
 * Teams conventions (see /work/shared/reference/channels.md), pinned through the real HTTP endpoint with
 * channelId "msteams" and expectReplies, as a Teams client would reach the bot.
 */
let service: Service;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

function teamsActivity(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'message',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/teams/',
    // A fresh personal chat per turn: follow-up context from an earlier test must not change the answer.
    conversation: { id: `a:teams-${randomUUID()}`, conversationType: 'personal' },
    from: { id: '29:user', name: 'Alex', aadObjectId: '00000000-0000-0000-0000-000000000001' },
    recipient: { id: '28:bot', name: 'Cramp Helper' },
    locale: 'en-US',
    deliveryMode: 'expectReplies',
    ...fields,
  };
}

async function ask(fields: Record<string, unknown>): Promise<Reply[]> {
  const response = await postJson(`${service.url}/api/messages`, teamsActivity(fields));
  expect(response.status).toBe(200);
  return (response.json.activities as Reply[]) ?? [];
}

const questions = [
  'What vitamin deficiency causes leg cramps?',
  'which foods have magnesium',
  'vitamin',
  'help',
  'asdfgh qwerty',
  'How much vitamin D do I need?',
];

describe('Teams replies', () => {
  test.each(questions)(
    'every reply to "%s" fits Teams: card 1.5 or lower, at most 3 buttons, no suggested actions beside a card, under 80 KB',
    async (text) => {
      const replies = await ask({ text });
      expect(replies.length).toBeGreaterThan(0);
      expect(replies.length).toBeLessThanOrEqual(2);
      for (const reply of replies) {
        expect(Buffer.byteLength(JSON.stringify(reply))).toBeLessThan(80 * 1024);
        for (const attachment of reply.attachments ?? []) {
          expect(Number(attachment.content.version)).toBeLessThanOrEqual(1.5);
        }
        expect(buttonsOf(reply).length).toBeLessThanOrEqual(3);
        if ((reply.attachments ?? []).length > 0)
          expect(reply.suggestedActions?.actions ?? []).toHaveLength(0);
        expect(reply.suggestedActions?.actions.length ?? 0).toBeLessThanOrEqual(3);
      }
    },
  );

  test('the welcome a Teams user gets on install shows at most 3 buttons', async () => {
    const response = await postJson(
      `${service.url}/api/messages`,
      teamsActivity({ type: 'installationUpdate', action: 'add', text: undefined }),
    );
    const replies = (response.json.activities as Reply[]) ?? [];
    expect(replies.length).toBe(1);
    expect(buttonsOf(replies[0]!).length).toBeLessThanOrEqual(3);
  });

  test('a question with an @mention in a channel is answered as if the mention were not there', async () => {
    const mention = {
      type: 'mention',
      text: '<at>Cramp Helper</at>',
      mentioned: { id: '28:bot', name: 'Cramp Helper' },
    };
    const replies = await ask({
      text: '<at>Cramp Helper</at> What vitamin deficiency causes leg cramps?',
      entities: [mention],
      conversation: {
        id: `19:channel-${randomUUID()}@thread.tacv2;messageid=1`,
        conversationType: 'channel',
        isGroup: true,
      },
    });
    const plain = await ask({ text: 'What vitamin deficiency causes leg cramps?' });
    expect(JSON.stringify(replies[0]?.attachments)).toBe(JSON.stringify(plain[0]?.attachments));
    expect(JSON.stringify(replies[0])).not.toContain('<at>');
  });

  test('a channel post that mentions the bot and carries only a picture is told pictures cannot be read', async () => {
    // In a channel the bot hears only posts that mention it, so a screenshot sent to it always carries the mention.
    const replies = await ask({
      text: '<at>Cramp Helper</at>',
      entities: [
        { type: 'mention', text: '<at>Cramp Helper</at>', mentioned: { id: '28:bot', name: 'Cramp Helper' } },
      ],
      attachments: [{ contentType: 'image/png', contentUrl: 'https://example.com/blood-test.png' }],
      conversation: {
        id: `19:channel-${randomUUID()}@thread.tacv2;messageid=1`,
        conversationType: 'channel',
        isGroup: true,
      },
    });
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toBe(shippedKb().content.messages.attachmentOnly);
    expect(replies[0]?.entities?.find((entity) => entity.type === 'faqResult')).toMatchObject({
      reason: 'attachment-only',
    });
  });

  test('a group chat mention written as <at> text without an entity is stripped too', async () => {
    const replies = await ask({
      text: '<at>Cramp Helper</at> What vitamin deficiency causes leg cramps?',
      conversation: {
        id: `19:group-${randomUUID()}@thread.v2`,
        conversationType: 'groupChat',
        isGroup: true,
      },
    });
    const entity = replies[0]?.entities?.find((candidate) => candidate.type === 'faqResult');
    expect(entity?.kind).toBe('answer');
    expect(entity?.id).toBe('vitamin-deficiency-leg-cramps');
  });

  test('an answer is one message: a card with no separate text, carrying the answer, sources, disclaimer and buttons', async () => {
    const kb = shippedKb();
    const entry = kb.byId.get('vitamin-deficiency-leg-cramps')!;
    const replies = await ask({ text: 'What vitamin deficiency causes leg cramps?' });
    expect(replies).toHaveLength(1);
    const [answer] = replies;
    // Teams shows an activity's text and its list-layout card as two messages; the card alone is one.
    expect(answer?.text ?? '').toBe('');
    expect(answer?.attachments).toHaveLength(1);
    const card = JSON.stringify(answer?.attachments?.[0]?.content);
    for (const part of [entry.title, entry.answer.slice(0, 40), kb.content.disclaimer.short])
      expect(card).toContain(part);
    for (const source of entry.sources) expect(card).toContain(source.url);
    expect(buttonsOf(answer!).length).toBeGreaterThan(0);
    expect(buttonsOf(answer!).length).toBeLessThanOrEqual(3);
  });

  test('an answer carries one schema.org citation entity whose positions match [n] markers in the card text, at most 20', async () => {
    const [answer] = await ask({ text: 'What vitamin deficiency causes leg cramps?' });
    const roots = (answer?.entities ?? []).filter((entity) => entity.type === 'https://schema.org/Message');
    expect(roots).toHaveLength(1);
    const citations = roots[0]!.citation as Array<{
      position: number;
      appearance: { name: string; url: string; abstract: string };
    }>;
    const answerText = String(
      answer?.attachments?.[0]?.content.body?.find((node) => node.id === 'answer-text')?.text ?? '',
    );
    expect(citations.length).toBeGreaterThan(0);
    expect(citations.length).toBeLessThanOrEqual(20);
    for (const claim of citations) {
      expect(answerText).toContain(`[${claim.position}]`);
      expect(claim.appearance.name.length).toBeLessThanOrEqual(80);
      expect(claim.appearance.abstract.length).toBeLessThanOrEqual(160);
      expect(claim.appearance.url).toMatch(/^https:\/\//);
    }
    expect(roots[0]).not.toHaveProperty('additionalType');
    // Teams' own thumbs: the Web Chat Like/Dislike actions are not sent to Teams.
    expect(roots[0]).not.toHaveProperty('potentialAction');
  });

  test('the welcome a Teams user gets on install is one card message', async () => {
    const [welcome] = (
      await postJson(
        `${service.url}/api/messages`,
        teamsActivity({ type: 'installationUpdate', action: 'add', text: undefined }),
      )
    ).json.activities as Reply[];
    expect(welcome?.text ?? '').toBe('');
    expect(welcome?.attachments).toHaveLength(1);
  });

  test('an answer turns on the Teams feedback loop and shows no card feedback buttons of its own', async () => {
    const [answer] = await ask({ text: 'What vitamin deficiency causes leg cramps?' });
    expect(answer?.channelData?.feedbackLoop).toEqual({ type: 'default' });
    const titles = buttonsOf(answer!).map((button) => button.title);
    expect(titles).not.toContain(shippedKb().content.messages.notHelpfulLabel);
  });

  test('a thumbs-down on an answer gets HTTP 200 {} with no chat message, and the log names the rated entry', async () => {
    const [answer] = await ask({ text: 'What vitamin deficiency causes leg cramps?' });
    expect(answer?.id).toBeTruthy();
    const invoke = teamsActivity({
      type: 'invoke',
      name: 'message/submitAction',
      replyToId: answer?.id,
      deliveryMode: undefined,
      value: {
        actionName: 'feedback',
        actionValue: { reaction: 'dislike', feedback: JSON.stringify({ feedbackText: 'Too long' }) },
      },
    });
    const response = await postJson(`${service.url}/api/messages`, invoke);
    expect(response.status).toBe(200);
    expect(response.json).toEqual({});
    const logged = service.logs.filter((line) => line.event === 'feedback' && line.via === 'teams').at(-1);
    expect(logged).toMatchObject({
      entryId: 'vitamin-deficiency-leg-cramps',
      helpful: false,
      comment: 'Too long',
      replyToId: answer?.id,
    });
  });
});
