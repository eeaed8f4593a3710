import type { Entry, KnowledgeBase } from '../knowledge/KnowledgeBase';
import type { Source } from '../knowledge/schema';
import type { AnswerResult, Candidate } from '../engine/types';
import type { RedFlag } from '../safety/types';
import { normalizeText } from '../text';
import { card, escapeMarkdown, submitButton, textBlock, truncate } from './cardParts';
import type { CardAction, CardElement, FaqResultEntity, OutgoingMessage, SuggestedAction } from './types';

/** Ids of the answer card's elements that repeat the activity's plain text (notice, title, answer, sources). */
export const ANSWER_PARTS = Object.freeze({
  notice: 'answer-notice',
  title: 'answer-title',
  answer: 'answer-text',
  sources: 'answer-sources',
});

/** Teams shows at most three buttons in a row and three suggested actions. */
export const MAX_BUTTONS = 3;

/** Id of the hidden container that the "More" toggle shows: the remaining points and the details. */
export const MORE_ID = 'answer-more';

export interface RenderOptions {
  /** `msteams` gets Teams-native feedback and citations; every other channel gets portable markdown. */
  channelId?: string;
  /** The user's own words, carried on "None of these" so the unanswered question can be logged. */
  question?: string;
  /** The message locale ("en-GB"): picks the region whose advice an answer shows (content.yaml `regions`). */
  locale?: string;
}

/**
 * Pure: turns an engine result into the messages the user sees. Every reply to a user message carries one
 * `faqResult` entity (the reply contract in the README).
 */
export function renderReply(
  result: AnswerResult,
  kb: KnowledgeBase,
  options: RenderOptions = {},
): OutgoingMessage {
  switch (result.kind) {
    case 'answer':
      return renderAnswer(result, kb, options);
    case 'clarify':
      return renderClarify(result, kb, options);
    case 'fallback':
      return renderFallback(result, kb);
    case 'urgent':
      return renderUrgent(result, kb);
    case 'help':
      return renderHelp(result.intent, kb);
  }
}

type AnswerResultOf = Extract<AnswerResult, { kind: 'answer' }>;

/**
 * Most answers are an entry as it stands (no notice, no "soon" flag, no "also asked"): their card, text and citations depend
 * only on the entry and on whether the channel is Teams, so they are built once per knowledge base and
 * shared, deep-frozen, by every later reply; only the `faqResult` entity (with its score) is new per turn.
 * Keyed by the KnowledgeBase and Entry objects, so a reloaded base starts afresh and the old cache is
 * collected with it. At most two per entry and region shown (Teams or not).
 */
const builtAnswers = new WeakMap<KnowledgeBase, WeakMap<Entry, Map<string, OutgoingMessage>>>();

function renderAnswer(result: AnswerResultOf, kb: KnowledgeBase, options: RenderOptions): OutgoingMessage {
  const isTeams = options.channelId === 'msteams';
  const faq = faqResult(
    {
      kind: 'answer',
      id: result.entry.id,
      title: result.entry.title,
      score: result.score,
      ...(result.soon ? { level: 'soon' as const } : {}),
    },
    kb,
  );
  if (result.notice || result.also || result.soon)
    return withEntity(buildAnswer(result, kb, isTeams, regionOf(result.entry, kb, options)), faq);
  let byEntry = builtAnswers.get(kb);
  if (!byEntry) {
    byEntry = new WeakMap();
    builtAnswers.set(kb, byEntry);
  }
  let built = byEntry.get(result.entry);
  if (!built) {
    built = new Map();
    byEntry.set(result.entry, built);
  }
  const region = regionOf(result.entry, kb, options);
  const family = `${isTeams ? 'msteams' : 'other'}:${region ?? ''}`;
  let message = built.get(family);
  if (!message) {
    message = deepFreeze(buildAnswer(result, kb, isTeams, region));
    built.set(family, message);
  }
  return withEntity(message, faq);
}

/**
 * The region whose advice this entry shows for the locale: only when the entry has text for it. Undefined means
 * every region's text is shown, each after its label.
 */
function regionOf(entry: Entry, kb: KnowledgeBase, options: RenderOptions): string | undefined {
  if (entry.regional.length === 0) return undefined;
  const hasText = (id: string) => entry.regional.some((text) => text.region === id);
  // A question that names one region ("can my GP in the UK…") is about that region, wherever it is asked from.
  const question = ` ${normalizeText(options.question ?? '')} `;
  const named = kb.content.regions.filter((region) =>
    region.names.some((name) => question.includes(` ${normalizeText(name)} `)),
  );
  if (named.length > 0) return named.length === 1 && hasText(named[0].id) ? named[0].id : undefined;
  if (!options.locale) return undefined;
  const wanted = options.locale.toLowerCase();
  const region = kb.content.regions.find((candidate) =>
    candidate.locales.some((known) => {
      const name = known.toLowerCase();
      return wanted === name || wanted.startsWith(`${name}-`);
    }),
  );
  return region && hasText(region.id) ? region.id : undefined;
}

/** The answer and, after it, the advice for the user's region, or for every region when that is unknown. */
function answerWithRegions(entry: Entry, kb: KnowledgeBase, region: string | undefined): string {
  const shown = entry.regional.filter((text) => region === undefined || text.region === region);
  const paragraphs = shown.map((text) => {
    const label = kb.content.regions.find((candidate) => candidate.id === text.region)?.label ?? text.region;
    return `**${label}:** ${text.text}`;
  });
  return [entry.answer, ...paragraphs].join('\n\n');
}

/** A new top-level message (the SDK sets ids and addresses on it) around shared, frozen parts. */
function withEntity(message: OutgoingMessage, entity: FaqResultEntity): OutgoingMessage {
  return {
    ...message,
    ...(message.attachments ? { attachments: [...message.attachments] } : {}),
    entities: [...message.entities, entity],
    ...(message.channelData ? { channelData: { ...message.channelData } } : {}),
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The answer message without its `faqResult` entity. */
function buildAnswer(
  result: AnswerResultOf,
  kb: KnowledgeBase,
  isTeams: boolean,
  region?: string,
): OutgoingMessage {
  const { entry } = result;
  const answer = answerWithRegions(entry, kb, region);
  const shownRegions = entry.regional.filter((text) => region === undefined || text.region === region);
  const { messages, disclaimer } = kb.content;
  const sources = uniqueSources([...entry.sources, ...shownRegions.flatMap((text) => text.sources)]);
  // Spaces between markers: "[1][2]" would be read as one markdown reference link.
  const markers = sources.map((_, i) => `[${i + 1}]`).join(' ');
  const cautions = entry.cautions.flatMap((id) => {
    const caution = kb.safety.cautions.find((item) => item.id === id);
    return caution ? [caution] : [];
  });

  const body: CardElement[] = [];
  // Ids name the parts that repeat the plain text, so a client that shows both (our web page) can hide them.
  if (result.soon) body.push(...soonBlocks(result.soon, result.notice === undefined));
  if (result.notice)
    body.push(
      textBlock(result.notice.message, { id: ANSWER_PARTS.notice, color: 'Attention', weight: 'Bolder' }),
    );
  body.push(
    textBlock(entry.title, { id: ANSWER_PARTS.title, size: 'Medium', weight: 'Bolder', style: 'heading' }),
  );
  body.push(textBlock(`${answer} ${markers}`, { id: ANSWER_PARTS.answer }));
  body.push(...pointsAndMore(entry, messages.moreLabel, kb.policy.cardPoints));
  for (const caution of cautions) {
    body.push({ type: 'Container', style: 'warning', items: [textBlock(`⚠️ ${caution.text}`)] });
  }
  body.push({
    type: 'Container',
    id: ANSWER_PARTS.sources,
    items: [
      textBlock(messages.sourcesHeading, { weight: 'Bolder', spacing: 'Medium' }),
      ...sources.map((source, i) =>
        textBlock(`[${i + 1}] [${escapeMarkdown(source.title)}](${source.url})`, { spacing: 'None' }),
      ),
    ],
  });
  body.push(textBlock(disclaimer.short, { size: 'Small', isSubtle: true, spacing: 'Medium' }));
  const next: Candidate[] = [];
  if (result.also) next.push(result.also);
  for (const id of entry.followUps) {
    const follow = kb.byId.get(id);
    if (follow && !next.some((candidate) => candidate.id === id))
      next.push({ id, title: follow.title, score: 1 });
  }
  // The "More" toggle is a button too: with it, one follow-up fewer keeps the card within Teams' three.
  const hasMore = body.some((element) => element.id === MORE_ID);
  const actions = next
    .slice(0, hasMore ? MAX_BUTTONS - 1 : MAX_BUTTONS)
    .map((candidate) => askButton(candidate, kb));

  const attachments = [
    {
      contentType: 'application/vnd.microsoft.card.adaptive' as const,
      content: cardWithChoices(body, actions, isTeams),
    },
  ];
  if (isTeams) {
    // One message: Teams shows an activity's text and each list attachment as separate messages ("Activity
    // resulted into multiple skype activities"), so the card alone carries the answer, its [n] markers and
    // sources, the disclaimer and the buttons. The Claim entity stays: Teams binds citations to Adaptive Card
    // text (msteams-docs bot-messages-ai-generated-content, "Citations with Adaptive Cards"), and the card's
    // numbered source links show them in any client. Teams' own thumbs replace card feedback buttons.
    return {
      type: 'message',
      summary: entry.title,
      attachments,
      entities: [citationEntity(sources)],
      channelData: { feedbackLoop: { type: 'default' }, feedbackLoopEnabled: true },
    };
  }
  const referenceLinks = `\n\n${sources.map((s, i) => `[${i + 1}]: ${s.url} "${s.title.replace(/"/g, "'")}"`).join('\n')}`;
  const notice = `${result.soon ? soonText(result.soon) : ''}${result.notice ? `${result.notice.message}\n\n` : ''}`;
  const also = result.also ? `\n\n${messages.alsoAsked} ${result.also.title}` : '';
  return {
    type: 'message',
    text: `${notice}${answer} ${markers}${also}${referenceLinks}`,
    textFormat: 'markdown',
    attachments,
    // Web Chat (4.17+) draws thumbs up/down beside the message for Like/Dislike actions on the root Message
    // entity: a compact control instead of two full-width card buttons.
    entities: [{ ...citationEntity(sources), potentialAction: feedbackActions(entry.id) }],
  };
}

/**
 * The first `cardPoints` points (knowledge/policy.yaml) stay on the card, so it stays short on a phone; any
 * further points and the details sit in a hidden container that an `Action.ToggleVisibility` button opens
 * (Adaptive Cards 1.2+, so Teams and Web Chat both support it).
 */
function pointsAndMore(entry: Entry, moreLabel: string, cardPoints: number): CardElement[] {
  const bullets = (points: readonly string[]) => textBlock(points.map((point) => `- ${point}`).join('\n'));
  const elements: CardElement[] = [];
  const shown = entry.points.slice(0, cardPoints);
  if (shown.length > 0) elements.push(bullets(shown));
  const hidden: CardElement[] = [];
  const rest = entry.points.slice(cardPoints);
  if (rest.length > 0) hidden.push(bullets(rest));
  if (entry.details) hidden.push(textBlock(entry.details, { isSubtle: true }));
  if (hidden.length === 0) return elements;
  elements.push({
    type: 'ActionSet',
    actions: [{ type: 'Action.ToggleVisibility', title: moreLabel, targetElements: [MORE_ID] }],
  });
  elements.push({ type: 'Container', id: MORE_ID, isVisible: false, items: hidden });
  return elements;
}

function renderClarify(
  result: Extract<AnswerResult, { kind: 'clarify' }>,
  kb: KnowledgeBase,
  render: RenderOptions,
): OutgoingMessage {
  const { options, score, notice, soon } = result;
  const { messages } = kb.content;
  // Teams shows three buttons at most, and "None of these" must stay one of them (the text lists every option).
  const shown = render.channelId === 'msteams' ? options.slice(0, MAX_BUTTONS - 1) : options;
  const actions: CardAction[] = shown.map((option) => askButton(option, kb));
  actions.push(
    submitButton(messages.noneOfThese, {
      action: 'none-of-these',
      question: truncate(render.question ?? '', 500),
    }),
  );
  const isTeams = render.channelId === 'msteams';
  // In Teams the card is the whole message, so an option that did not fit as a button is listed on it.
  const unshown = options.slice(shown.length);
  const clarifyCard = cardWithChoices(
    [
      ...(soon ? soonBlocks(soon) : []),
      ...(notice ? [textBlock(notice.message, { color: 'Attention', weight: 'Bolder' })] : []),
      textBlock(messages.clarify, { weight: 'Bolder' }),
      ...(isTeams && unshown.length > 0
        ? [textBlock(unshown.map((option) => `- ${option.title}`).join('\n'), { spacing: 'Small' })]
        : []),
    ],
    actions,
    isTeams,
  );
  const entities = [
    faqResult(
      {
        kind: 'clarify',
        score,
        options: options.map(({ id, title }) => ({ id, title })),
        ...(soon ? { level: 'soon' as const } : {}),
      },
      kb,
    ),
  ];
  const attachments = [
    { contentType: 'application/vnd.microsoft.card.adaptive' as const, content: clarifyCard },
  ];
  // Teams would show the text and the card as two messages: the card alone is one (see buildAnswer).
  if (isTeams) return { type: 'message', summary: messages.clarify, attachments, entities };
  return {
    type: 'message',
    text: `${soon ? soonText(soon) : ''}${notice ? `${notice.message}\n\n` : ''}${messages.clarify}\n\n${options.map((option, i) => `${i + 1}. ${option.title}`).join('\n')}`,
    textFormat: 'markdown',
    attachments,
    entities,
  };
}

/** "I don't cover {topic}", and where to look when the topic names a page (synonyms.yaml `see`). */
function declineByName(topic: string, kb: KnowledgeBase): string {
  const { messages } = kb.content;
  const decline = messages.uncoveredTopic.replaceAll('{topic}', topic);
  const see = kb.uncoveredTopics.find((candidate) => candidate.name === topic)?.see;
  if (!see) return decline;
  const pointer = messages.uncoveredTopicSee
    .replaceAll('{topic}', topic)
    .replaceAll('{title}', escapeMarkdown(see.title))
    .replaceAll('{url}', see.url);
  return `${decline} ${pointer}`;
}

function renderFallback(
  result: Extract<AnswerResult, { kind: 'fallback' }>,
  kb: KnowledgeBase,
): OutgoingMessage {
  const { messages } = kb.content;
  const text =
    result.reason === 'empty'
      ? messages.empty
      : result.reason === 'too-long'
        ? messages.tooLong.replaceAll('{max}', String(result.limit ?? ''))
        : result.reason === 'none-of-these'
          ? messages.noneOfTheseReply
          : result.reason === 'uncovered-topic' && result.topic
            ? declineByName(result.topic, kb)
            : result.notice
              ? result.notice.message
              : messages.fallback;
  const offerStarters = result.reason !== 'empty' && result.reason !== 'too-long';
  // The safety net offers the topics closest to what the person described, never the generic starters.
  const actions = result.reason === 'safety-net' ? topicActions(result.runnersUp, kb) : starterActions(kb);
  const { soon } = result;
  const sources = soon ? uniqueSources(soon.sources) : [];
  // A `soon` flag with no answer: the advice and its reason first, then the sources and the closest topics.
  const soonPart = soon
    ? `${soonText(soon)}${sources.map((source) => `Source: [${escapeMarkdown(source.title)}](${source.url})`).join('\n\n')}\n\n`
    : '';
  return {
    type: 'message',
    text: soon
      ? `${soonPart}${result.notice ? `${result.notice.message}\n\n` : ''}${messages.relatedHeading}`
      : text,
    textFormat: 'markdown',
    ...(offerStarters ? { suggestedActions: { actions, to: [] } } : {}),
    entities: [
      ...(soon ? [citationEntity(sources)] : []),
      faqResult(
        {
          kind: 'fallback',
          score: result.score,
          reason: result.reason,
          ...(soon ? { id: soon.ruleId, level: 'soon' as const } : {}),
        },
        kb,
      ),
    ],
  };
}

/** A `soon` flag before an answer: the action in bold, then the reason in plain words. */
function soonText(flag: RedFlag): string {
  return `**${flag.action}** ${flag.why}\n\n`;
}

/** `withId`: the block repeats the plain text's opening, so the web page may hide it (one notice id per card). */
function soonBlocks(flag: RedFlag, withId = false): CardElement[] {
  return [
    textBlock(`**${flag.action}** ${flag.why}`, {
      ...(withId ? { id: ANSWER_PARTS.notice } : {}),
      color: 'Attention',
    }),
  ];
}

function renderUrgent(result: Extract<AnswerResult, { kind: 'urgent' }>, kb: KnowledgeBase): OutgoingMessage {
  const { redFlag } = result;
  const sources = uniqueSources(redFlag.sources);
  const sourceLines = sources
    .map((source) => `Source: [${escapeMarkdown(source.title)}](${source.url})`)
    .join('\n\n');
  return {
    type: 'message',
    text: `**${redFlag.action}**\n\n${redFlag.why}\n\n${sourceLines}`,
    textFormat: 'markdown',
    entities: [
      citationEntity(sources),
      faqResult(
        { kind: 'urgent', id: redFlag.ruleId, title: redFlag.title, level: redFlag.level, score: 1 },
        kb,
      ),
    ],
  };
}

function renderHelp(
  intent: Extract<AnswerResult, { kind: 'help' }>['intent'],
  kb: KnowledgeBase,
): OutgoingMessage {
  const { content } = kb;
  const text =
    intent === 'disclaimer'
      ? `${content.intents.disclaimer.reply}\n\n${content.disclaimer.full}`
      : content.intents[intent].reply;
  const offerStarters = intent === 'greeting' || intent === 'help' || intent === 'restart';
  return {
    type: 'message',
    text,
    textFormat: 'markdown',
    ...(offerStarters ? { suggestedActions: { actions: starterActions(kb), to: [] } } : {}),
    entities: [faqResult({ kind: 'help', id: intent }, kb)],
  };
}

/** The welcome shown when someone joins: greeting, scope, the full disclaimer, starter questions. */
export function renderWelcome(kb: KnowledgeBase, options: RenderOptions = {}): OutgoingMessage {
  const { content } = kb;
  // Teams shows at most three buttons; other clients show every starter.
  const starters = starterEntries(kb).slice(0, options.channelId === 'msteams' ? MAX_BUTTONS : undefined);
  const body = [
    textBlock(content.botName, { size: 'Medium', weight: 'Bolder', style: 'heading' }),
    textBlock(content.welcome),
    textBlock(content.disclaimer.full, { size: 'Small', isSubtle: true }),
  ];
  const attachments = [
    {
      contentType: 'application/vnd.microsoft.card.adaptive' as const,
      content: cardWithChoices(
        body,
        starters.map((entry) => askButton(entry, kb)),
        options.channelId === 'msteams',
      ),
    },
  ];
  const entities = [faqResult({ kind: 'help', id: 'welcome' }, kb)];
  // Teams would show the text and the card as two messages: the card alone is one (see buildAnswer).
  if (options.channelId === 'msteams')
    return { type: 'message', summary: content.welcome, attachments, entities };
  return {
    type: 'message',
    text: `${content.welcome}\n\n_${content.disclaimer.full}_`,
    textFormat: 'markdown',
    attachments,
    entities,
  };
}

/** A short acknowledgement after a helpful / not helpful click. */
export function renderFeedbackThanks(helpful: boolean, kb: KnowledgeBase): OutgoingMessage {
  return {
    type: 'message',
    text: helpful ? kb.content.messages.feedbackThanks : kb.content.messages.feedbackSorry,
    textFormat: 'plain',
    entities: [],
  };
}

export function renderError(kb: KnowledgeBase): OutgoingMessage {
  return { type: 'message', text: kb.content.messages.error, textFormat: 'plain', entities: [] };
}

/**
 * Teams' Adaptive Card buttons keep their title on one line and cut it with "…" on a phone; a question is only
 * useful whole. So in Teams each choice is a tappable row (a Container whose `selectAction` is the same
 * submit) whose text wraps; other clients get ordinary card buttons (the web page lets them wrap).
 */
function cardWithChoices(body: CardElement[], actions: CardAction[], isTeams: boolean) {
  if (!isTeams) return card(body, actions);
  return card([
    ...body,
    ...actions.map((action, i) => ({
      type: 'Container',
      style: 'emphasis',
      spacing: i === 0 ? 'Medium' : 'Small',
      selectAction: action,
      items: [textBlock(`› ${action.title}`, { weight: 'Bolder', color: 'Accent' })],
    })),
  ]);
}

function askButton(candidate: Pick<Candidate, 'id' | 'title'>, kb: KnowledgeBase): CardAction {
  const entry = kb.byId.get(candidate.id);
  const nutrientId = entry?.origin.kind === 'facet' ? entry.origin.nutrientId : undefined;
  return submitButton(candidate.title, {
    action: 'ask',
    entryId: candidate.id,
    question: candidate.title,
    ...(nutrientId ? { nutrientId } : {}),
  });
}

function starterEntries(kb: KnowledgeBase): Entry[] {
  return kb.content.starters.flatMap((id) => {
    const entry = kb.byId.get(id);
    return entry ? [entry] : [];
  });
}

function topicActions(candidates: readonly Candidate[], kb: KnowledgeBase): SuggestedAction[] {
  return entryActions(
    candidates.flatMap((candidate) => {
      const entry = kb.byId.get(candidate.id);
      return entry ? [entry] : [];
    }),
  );
}

function starterActions(kb: KnowledgeBase): SuggestedAction[] {
  return entryActions(starterEntries(kb));
}

function entryActions(entries: readonly Entry[]): SuggestedAction[] {
  return entries.slice(0, MAX_BUTTONS).map((entry) => ({
    type: 'messageBack',
    title: truncate(entry.title, 80),
    text: entry.title,
    displayText: entry.title,
    value: { action: 'ask', entryId: entry.id, question: entry.title },
  }));
}

function uniqueSources(sources: readonly Source[]): Source[] {
  return sources
    .filter((source, i) => sources.findIndex((other) => other.url === source.url) === i)
    .slice(0, 20);
}

/**
 * Teams and Web Chat (4.16+) both read schema.org Claim citations; `position` n matches the "[n]" marker in
 * the text. Names are capped at 80 characters and abstracts at 160, as Teams requires.
 */
function citationEntity(sources: readonly Source[]): { type: string; [key: string]: unknown } {
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    citation: sources.map((source, i) => ({
      '@type': 'Claim',
      position: i + 1,
      appearance: {
        '@type': 'DigitalDocument',
        name: truncate(source.title, 80),
        url: source.url,
        abstract: truncate(`${source.title} (${new URL(source.url).hostname})`, 160),
      },
    })),
  };
}

/** `@id` prefix of the Web Chat feedback actions: `urn:faq-feedback:<like|dislike>:<entry id>`. */
export const FEEDBACK_ACTION_ID_PREFIX = 'urn:faq-feedback:';

/**
 * schema.org Like/Dislike actions that Web Chat shows as thumbs beside the message. A click posts an event
 * named `webchat:activity-status/feedback` carrying the chosen action, so its `@id` names the entry.
 */
function feedbackActions(entryId: string): Array<Record<string, string>> {
  return (['LikeAction', 'DislikeAction'] as const).map((type) => ({
    '@type': type,
    '@id': `${FEEDBACK_ACTION_ID_PREFIX}${type === 'LikeAction' ? 'like' : 'dislike'}:${entryId}`,
    actionStatus: 'PotentialActionStatus',
  }));
}

function faqResult(fields: Omit<FaqResultEntity, 'type'>, kb: KnowledgeBase): FaqResultEntity {
  return { type: 'faqResult', ...fields, kbVersion: kb.version };
}
