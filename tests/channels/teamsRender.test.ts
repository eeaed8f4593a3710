import { renderReply, renderWelcome } from '../../src/render/renderReply';
import { buttonsOf, type Reply, shippedKb } from './serviceKit';

/** Knowledge-independent pins on the renderer: however many options or starters, Teams sees three buttons. */
const kb = shippedKb();
const [first, second, third, fourth] = kb.entries;
const options = [first!, second!, third!, fourth!].map((entry) => ({
  id: entry.id,
  title: entry.title,
  score: 0.5,
}));

describe('Teams rendering limits', () => {
  test('a clarify question with four options shows Teams at most three buttons, "None of these" among them', () => {
    const reply = renderReply(
      { kind: 'clarify', options, score: 0.5 } as Parameters<typeof renderReply>[0],
      kb,
      { channelId: 'msteams', question: 'x' },
    );
    const titles = buttonsOf(reply as Reply).map((button) => button.title);
    expect(titles.length).toBeLessThanOrEqual(3);
    expect(titles).toContain(kb.content.messages.noneOfThese);
  });

  test('a clarify is one message in Teams: the card alone, listing the options that did not fit as buttons', () => {
    const reply = renderReply(
      { kind: 'clarify', options, score: 0.5 } as Parameters<typeof renderReply>[0],
      kb,
      { channelId: 'msteams', question: 'x' },
    );
    expect(reply.text).toBeUndefined();
    expect(reply.attachments).toHaveLength(1);
    const card = JSON.stringify(reply.attachments?.[0]?.content);
    expect(card).toContain(kb.content.messages.clarify);
    for (const option of options) expect(card).toContain(option.title);
  });

  test('the welcome shows Teams at most three starters and Web Chat all of them', () => {
    expect(buttonsOf(renderWelcome(kb, { channelId: 'msteams' }) as Reply).length).toBeLessThanOrEqual(3);
    expect(buttonsOf(renderWelcome(kb, { channelId: 'webchat' }) as Reply).length).toBe(
      kb.content.starters.length,
    );
  });
});
