import { renderReply, renderWelcome } from '../../src/render/renderReply';
import type { AnswerResult } from '../../src/engine/types';
import { shippedKb } from '../support/testKit';

const kb = shippedKb();
const entry = kb.byId.get('vitamin-deficiency-leg-cramps')!;
const answer: AnswerResult = { kind: 'answer', entry, score: 0.9, runnersUp: [], context: {} };
const cardOf = (reply: ReturnType<typeof renderReply>) => reply.attachments![0].content;
const bodyText = (reply: ReturnType<typeof renderReply>) => JSON.stringify(cardOf(reply).body);

describe('rendering an answer', () => {
  const reply = renderReply(answer, kb, { channelId: 'webchat' });

  it('is an Adaptive Card version 1.5 with the title, the answer, sources and the one-line disclaimer', () => {
    const card = cardOf(reply);
    expect(card.version).toBe('1.5');
    expect(bodyText(reply)).toContain(entry.title);
    expect(bodyText(reply)).toContain(entry.answer.slice(0, 40));
    expect(bodyText(reply)).toContain(kb.content.messages.sourcesHeading);
    for (const source of entry.sources) expect(bodyText(reply)).toContain(source.url);
    expect(bodyText(reply)).toContain(kb.content.disclaimer.short);
  });

  it('offers at most 3 follow-up buttons, each carrying the entry id and its title', () => {
    const actions = cardOf(reply).actions ?? [];
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.length).toBeLessThanOrEqual(3);
    for (const action of actions) {
      const data = action.data as { action: string; entryId: string };
      expect(data.action).toBe('ask');
      expect(action.title).toBe(kb.byId.get(data.entryId)?.title);
    }
  });

  it('has plain text with [n] markers and a citation entity per source', () => {
    expect(reply.text).toContain(entry.answer);
    expect(reply.text).toMatch(/\[1\]/);
    const citation = reply.entities.find(
      (entity) => entity.type === 'https://schema.org/Message',
    ) as unknown as {
      citation: Array<{ position: number; appearance: { url: string; name: string } }>;
    };
    expect(citation.citation.map((claim) => claim.position)).toEqual(entry.sources.map((_, i) => i + 1));
    for (const claim of citation.citation) expect(claim.appearance.name.length).toBeLessThanOrEqual(80);
  });

  it("offers Web Chat's compact thumbs (Like and Dislike naming the entry) and no feedback buttons on the card", () => {
    const message = reply.entities.find((entity) => entity.type === 'https://schema.org/Message');
    expect(message?.potentialAction).toEqual([
      expect.objectContaining({ '@type': 'LikeAction', '@id': `urn:faq-feedback:like:${entry.id}` }),
      expect.objectContaining({ '@type': 'DislikeAction', '@id': `urn:faq-feedback:dislike:${entry.id}` }),
    ]);
    expect(JSON.stringify(cardOf(reply))).not.toContain('"feedback"');
  });

  it('is one card message in Teams, with the citation entity, the feedback loop and no separate text', () => {
    const teams = renderReply(answer, kb, { channelId: 'msteams' });
    expect(teams.text).toBeUndefined();
    expect(bodyText(teams)).toContain(entry.title);
    expect(bodyText(teams)).toContain(kb.content.disclaimer.short);
    expect(teams.channelData).toMatchObject({ feedbackLoop: { type: 'default' } });
    expect(teams.entities.filter((entity) => entity.type === 'https://schema.org/Message')).toHaveLength(1);
  });

  it('carries the faqResult entity of the reply contract', () => {
    expect(reply.entities).toContainEqual(
      expect.objectContaining({
        type: 'faqResult',
        kind: 'answer',
        id: entry.id,
        title: entry.title,
        score: 0.9,
      }),
    );
  });

  it('shows the cautions an entry names', () => {
    const withCaution = kb.entries.find((candidate) => candidate.cautions.includes('kidney-disease'))!;
    const rendered = renderReply(
      { kind: 'answer', entry: withCaution, score: 1, runnersUp: [], context: {} },
      kb,
    );
    const caution = kb.safety.cautions.find((item) => item.id === 'kidney-disease')!;
    expect(bodyText(rendered)).toContain(caution.text.slice(0, 30));
  });
});

describe('a long answer keeps its card short behind "More"', () => {
  const points = ['one', 'two', 'three', 'four', 'five', 'six'].map((word) => `Point ${word}`);
  const long = { ...entry, points, details: 'Extra detail paragraph.' };
  const card = cardOf(renderReply({ ...answer, entry: long }, kb, { channelId: 'webchat' }));
  const toggle = card.body.find(
    (element) => element.type === 'ActionSet' && JSON.stringify(element).includes('ToggleVisibility'),
  );
  const more = card.body.find((element) => element.id === 'answer-more');

  it('shows the answer and the first 4 points on the card', () => {
    const visible = JSON.stringify(card.body.filter((element) => element !== more));
    for (const point of points.slice(0, 4)) expect(visible).toContain(point);
    expect(visible).not.toContain('Point five');
    expect(visible).not.toContain('Extra detail paragraph.');
  });

  it('puts the other points and the details in a hidden container that a "More" button toggles', () => {
    expect(more).toMatchObject({ type: 'Container', isVisible: false });
    expect(JSON.stringify(more)).toContain('Point six');
    expect(JSON.stringify(more)).toContain('Extra detail paragraph.');
    expect(toggle).toMatchObject({
      actions: [
        {
          type: 'Action.ToggleVisibility',
          title: kb.content.messages.moreLabel,
          targetElements: ['answer-more'],
        },
      ],
    });
  });

  it('offers one follow-up fewer, so the card keeps at most 3 buttons with "More"', () => {
    expect((card.actions ?? []).length).toBeLessThanOrEqual(2);
  });

  it('has no "More" button when everything fits on the card', () => {
    const short = cardOf(
      renderReply({ ...answer, entry: { ...entry, points: ['Only point'], details: undefined } }, kb),
    );
    expect(JSON.stringify(short.body)).not.toContain('ToggleVisibility');
  });
});

describe('rendering other results', () => {
  it('renders clarify with the options and "None of these"', () => {
    const reply = renderReply(
      {
        kind: 'clarify',
        score: 0.4,
        runnersUp: [],
        context: {},
        options: [
          { id: 'magnesium-foods', title: 'A?', score: 0.4 },
          { id: 'calcium-foods', title: 'B?', score: 0.38 },
        ],
      },
      kb,
      { question: 'mineral foods' },
    );
    expect(cardOf(reply).actions?.map((action) => action.title)).toEqual([
      'A?',
      'B?',
      kb.content.messages.noneOfThese,
    ]);
    expect(reply.entities).toContainEqual(
      expect.objectContaining({
        kind: 'clarify',
        options: [
          { id: 'magnesium-foods', title: 'A?' },
          { id: 'calcium-foods', title: 'B?' },
        ],
      }),
    );
  });

  it('puts a scope notice before the options of a clarify', () => {
    const notice = {
      kind: 'personal-advice' as const,
      ruleId: 'personal-advice',
      message: 'I cannot pick a dose for you.',
    };
    const reply = renderReply(
      {
        kind: 'clarify',
        score: 0.5,
        runnersUp: [],
        context: {},
        notice,
        options: [{ id: 'magnesium-foods', title: 'A?', score: 0.5 }],
      },
      kb,
    );
    expect(reply.text?.startsWith(notice.message)).toBe(true);
    expect(JSON.stringify(cardOf(reply).body)).toContain(notice.message);
  });

  it('renders an urgent reply with the action first, then why, then the source, and nothing else', () => {
    const reply = renderReply(
      {
        kind: 'urgent',
        redFlag: {
          level: 'emergency',
          ruleId: 'test',
          title: 'T',
          action: 'Call 911 now.',
          why: 'Because.',
          sources: [{ title: 'NHS', url: 'https://www.nhs.uk/' }],
        },
      },
      kb,
    );
    const text = reply.text ?? '';
    expect(text.indexOf('Call 911 now.')).toBeLessThan(text.indexOf('Because.'));
    expect(text.indexOf('Because.')).toBeLessThan(text.indexOf('https://www.nhs.uk/'));
    expect(reply.attachments).toBeUndefined();
    expect(reply.suggestedActions).toBeUndefined();
    expect(reply.entities).toContainEqual(expect.objectContaining({ kind: 'urgent', level: 'emergency' }));
  });

  it('renders a fallback with at most 3 starter questions as suggested actions', () => {
    const reply = renderReply({ kind: 'fallback', reason: 'no-match', score: 0.1, runnersUp: [] }, kb);
    expect(reply.text).toBe(kb.content.messages.fallback);
    expect(reply.suggestedActions?.actions.length).toBeLessThanOrEqual(3);
    expect(reply.attachments).toBeUndefined();
  });

  it('renders the full disclaimer on "disclaimer"', () => {
    expect(renderReply({ kind: 'help', intent: 'disclaimer' }, kb).text).toContain(
      kb.content.disclaimer.full,
    );
  });

  it('welcomes with the full disclaimer and the starter questions', () => {
    const welcome = renderWelcome(kb);
    expect(welcome.text).toContain(kb.content.disclaimer.full);
    expect(welcome.attachments?.[0].content.actions?.length).toBe(kb.content.starters.length);
  });
});

describe('an entry answered again', () => {
  it('gets the same card, text and citations with its own score, in a message of its own', () => {
    const first = renderReply({ ...answer, score: 0.9 }, kb, { channelId: 'webchat' });
    const second = renderReply({ ...answer, score: 0.6 }, kb, { channelId: 'webchat' });
    expect(second.text).toBe(first.text);
    expect(second.attachments).toEqual(first.attachments);
    expect(second.entities[0]).toEqual(first.entities[0]);
    expect(first.entities[1]).toMatchObject({ type: 'faqResult', id: entry.id, score: 0.9 });
    expect(second.entities[1]).toMatchObject({ type: 'faqResult', id: entry.id, score: 0.6 });
    // The SDK addresses each reply (id, conversation, replyToId) on the message itself.
    Object.assign(first, { id: 'reply-1' });
    expect(second).not.toHaveProperty('id');
  });

  it('on Teams and elsewhere gets each channel family its own card', () => {
    const teams = renderReply(answer, kb, { channelId: 'msteams' });
    const webchat = renderReply(answer, kb, { channelId: 'webchat' });
    expect(teams.channelData).toMatchObject({ feedbackLoopEnabled: true });
    expect(webchat.channelData).toBeUndefined();
    expect(teams.text).toBeUndefined();
    expect(webchat.text).toContain(answer.entry.answer);
  });
});

describe('advice that differs by region', () => {
  const answerFor = (id: string): AnswerResult => ({
    kind: 'answer',
    entry: kb.byId.get(id)!,
    score: 0.9,
    runnersUp: [],
    context: {},
  });
  const quinine = answerFor('quinine-for-cramps');
  const vitaminD = answerFor('uk-vitamin-d-autumn-winter');
  const UK_QUININE = /In the UK:\*\* A GP may still prescribe quinine/;
  const US_QUININE = /In the US:\*\* The FDA warns against quinine/;
  const UK_VITAMIN_D = /10 mcg \(400 IU\) of vitamin D a day in autumn and winter/;
  const US_VITAMIN_D = /15 mcg \(600 IU\) at 19–70/;

  it('shows a UK user (en-GB) only the NHS advice, on the card and in the text', () => {
    const reply = renderReply(quinine, kb, { channelId: 'webchat', locale: 'en-GB' });
    expect(reply.text).toMatch(UK_QUININE);
    expect(reply.text).not.toMatch(/FDA|fda\.gov/);
    expect(reply.text).toContain('https://www.nhs.uk/conditions/leg-cramps/');
    expect(bodyText(reply)).toMatch(UK_QUININE);
    expect(bodyText(reply)).not.toMatch(US_QUININE);
    const winter = renderReply(vitaminD, kb, { channelId: 'msteams', locale: 'en-GB' });
    expect(bodyText(winter)).toMatch(UK_VITAMIN_D);
    expect(bodyText(winter)).not.toMatch(US_VITAMIN_D);
  });

  it('shows a US user (en-US) only the FDA advice', () => {
    const reply = renderReply(quinine, kb, { channelId: 'msteams', locale: 'en-US' });
    expect(bodyText(reply)).toMatch(US_QUININE);
    expect(bodyText(reply)).not.toMatch(/GP may still prescribe/);
    const winter = renderReply(vitaminD, kb, { channelId: 'webchat', locale: 'en-US' });
    expect(winter.text).toMatch(US_VITAMIN_D);
    expect(winter.text).not.toMatch(UK_VITAMIN_D);
  });

  it.each([undefined, 'fr-FR', 'en-AU'])(
    'shows both, each after its label, when the locale is %s',
    (locale) => {
      const reply = renderReply(quinine, kb, { channelId: 'webchat', ...(locale ? { locale } : {}) });
      expect(reply.text).toMatch(UK_QUININE);
      expect(reply.text).toMatch(US_QUININE);
      expect(bodyText(reply)).toMatch(UK_QUININE);
      expect(bodyText(reply)).toMatch(US_QUININE);
      const winter = renderReply(vitaminD, kb, { channelId: 'msteams', ...(locale ? { locale } : {}) });
      expect(bodyText(winter)).toMatch(UK_VITAMIN_D);
      expect(bodyText(winter)).toMatch(US_VITAMIN_D);
    },
  );

  it('follows a region the question names over the locale', () => {
    const reply = renderReply(quinine, kb, {
      channelId: 'webchat',
      locale: 'en-US',
      question: 'can my GP in the UK still give me quinine',
    });
    expect(reply.text).toMatch(UK_QUININE);
    expect(reply.text).not.toMatch(US_QUININE);
  });

  it('keeps a cached card per region: a UK reply does not leak into a US one', () => {
    renderReply(quinine, kb, { channelId: 'webchat', locale: 'en-GB' });
    const us = renderReply(quinine, kb, { channelId: 'webchat', locale: 'en-US' });
    expect(us.text).toMatch(US_QUININE);
    expect(us.text).not.toMatch(UK_QUININE);
  });
});
