/**
 * Decides which concepts a message really asserts. A concept phrase found in the message is dropped when
 *   - a negation reaches it ("no swelling", "not red or warm", "the swelling has gone down"). The reach is
 *     counted in words that are not themselves signs, so a negation covers a whole list of them ("no chest
 *     pain, shortness of breath or coughing up blood");
 * and, for triage only, when its clause is
 *   - long ago or long-standing ("I had a clot 5 years ago", unless a later cue brings it to now: "...and now
 *     my calf is swollen again"),
 *   - imagined ("what if my leg swells"), or
 *   - a general question ("what are the signs of a clot in the leg").
 * Scope checks use the negation-only set: "can children take magnesium?" is about a child even though it is a
 * general question.
 */
import { conceptNamesOf, type PhraseMatch, type PhraseRole } from './compilePhraseIndex';
import { wordsAt, type MessageToken } from './segmentMessage';

export interface ActiveConcepts {
  /** Concepts asserted as happening now: what triage uses. */
  current: ReadonlySet<string>;
  /** Concepts asserted as now or as ongoing for weeks or more ("every night", "for months"): `soon` rules. */
  ongoing: ReadonlySet<string>;
  /** Concepts mentioned and not denied: what scope checks use. */
  mentioned: ReadonlySet<string>;
  /** Concepts named but taken away from now: denied, long ago, long-standing, imagined or general. */
  framed: ReadonlySet<string>;
  /** The `ongoing` concepts of each sentence, in message order: what the safety net reads sentence by sentence. */
  ongoingBySentence: ReadonlyArray<ReadonlySet<string>>;
}

/** Signs of poisoning or collapse: told as now after a supposition ("what if he swallowed them? he's being sick now"). */
const SIGNS_NOW: ReadonlySet<string> = new Set([
  'vomit-or-diarrhoea',
  'drowsy',
  'confusion',
  'collapse-now',
  'seizure',
]);
/** The present told as this very moment: after a supposition they report what is happening. */
const NOW_WORDS: ReadonlySet<string> = new Set([
  'now',
  'right now',
  'just now',
  'at the moment',
  'currently',
]);
/** Who a message is about: a why-question naming one of them is a report, not a question to learn. */
const PERSON_CONCEPTS: ReadonlySet<string> = new Set([
  'first-person',
  'third-person',
  'child',
  'other-adult',
  'teen',
]);

type CueKind = Exclude<PhraseRole['kind'], 'concept'>;

function hasRole(match: PhraseMatch, kind: CueKind): boolean {
  return match.roles.some((role) => role.kind === kind);
}

/** How time and negation cues reach (knowledge/safety.yaml `modifiers`). */
export interface TimeReading {
  /** How many non-sign words a negation reaches. */
  negationWindow: number;
  /** Words that make a past cue date a start ("since"). */
  sinceWords?: ReadonlySet<string>;
  /** Words that, before a past cue in its chunk, tell a start that goes on ("started", "began"). */
  startWords?: ReadonlySet<string>;
  /** Word sequences that open a sentence by pointing back at the one before ("that was"). */
  backReferences?: ReadonlyArray<readonly string[]>;
  /** Words that open a sentence with a time clause ("after", "when"): a past cue in that clause opens it. */
  leadWords?: ReadonlySet<string>;
  /** Words of being well before "ever since" ("fine ever since"): the trouble ended, nothing bad went on. */
  settledWords?: ReadonlySet<string>;
  /** Concepts that tell a span up to now ("not had a jab since …"): past and long-standing cues do not date them. */
  timeless?: ReadonlySet<string>;
}

export function resolveActiveConcepts(
  tokens: readonly MessageToken[],
  matches: readonly PhraseMatch[],
  reading: TimeReading,
): ActiveConcepts {
  const {
    negationWindow,
    sinceWords = new Set(),
    startWords = new Set(),
    backReferences = [],
    leadWords = new Set(),
    settledWords = new Set(),
    timeless = new Set(),
  } = reading;
  const chunkOf = (match: PhraseMatch): number => tokens[match.start]?.chunk ?? -1;
  const clauseOf = (match: PhraseMatch): number => tokens[match.start]?.clause ?? -1;
  // Cues only act inside their clause (negation) or chunk (time and framing): group them once, so a long
  // message costs each match a look at its own clause's cues only.
  const group = (kind: CueKind, by: (match: PhraseMatch) => number): Map<number, PhraseMatch[]> => {
    const groups = new Map<number, PhraseMatch[]>();
    for (const match of matches) {
      if (!hasRole(match, kind)) continue;
      const key = by(match);
      const list = groups.get(key);
      if (list) list.push(match);
      else groups.set(key, [match]);
    }
    return groups;
  };
  const none: readonly PhraseMatch[] = [];
  const before = group('negation-before', clauseOf);
  const after = group('negation-after', clauseOf);
  const stops = group('negation-stop', clauseOf);
  // A recent past ("last month", "a few weeks back") is the past only when the message tells it settled ("no
  // more since", "fine since", "checked by the GP"): "she had a fit last month, no more since" is history, while
  // "I had a fit last month" alone is not silenced; nor is one that came back ("..., but today she had another").
  const settled =
    matches.some((match) => hasRole(match, 'settled')) &&
    !matches.some((match) => hasRole(match, 'unsettled'));
  const past = group('past', chunkOf);
  if (settled) {
    for (const [chunk, cues] of group('recent-past', chunkOf))
      past.set(chunk, [...(past.get(chunk) ?? []), ...cues]);
  }
  const longStanding = group('long-standing', chunkOf);
  // A time told inside a timeless concept's own phrase ("tetanus jab last year", "had my booster 2 years ago") dates
  // that concept only: it frames nothing else in its chunk ("cut my hand, my jaw is stiff, tetanus jab last year"),
  // nor does a cue that shares a word with it ("booster 2 years ago, now my jaw…" is no "years now").
  const timelessSpans = matches.filter((match) => {
    const names = conceptNamesOf(match);
    return names.length > 0 && names.every((name) => timeless.has(name));
  });
  if (timelessSpans.length > 0) {
    const insideTimeless = (cue: PhraseMatch): boolean =>
      timelessSpans.some((span) =>
        cue.positions.some((position) => position >= span.start && position <= span.end),
      );
    for (const cues of [past, longStanding])
      for (const [chunk, list] of cues)
        cues.set(
          chunk,
          list.filter((cue) => !insideTimeless(cue)),
        );
  }
  // "ever since", "since then": since the time told before, not since a new one ("fine since" tells it settled).
  // "…, fine ever since": the trouble ended then; being well is what went on (`settledWords`).
  const isSinceThen = (i: number): boolean =>
    sinceWords.has(tokens[i]?.word ?? '') &&
    !settledWords.has(tokens[i - (tokens[i - 1]?.word === 'ever' ? 2 : 1)]?.word ?? '') &&
    (tokens[i - 1]?.word === 'ever' ||
      (tokens[i + 1]?.word === 'then' && tokens[i + 1]?.chunk === tokens[i]?.chunk));
  // A past time that dates a start still going on: "Started simvastatin a month ago and my thighs ache", "my
  // calves have ached a month ago … ever since". A start word before it in its chunk, or a since-word after it in
  // its sentence ("ever since", "since then"), makes it long-standing: `soon` rules read it, the alarms do not.
  // "Doctor gave me rosuvastatin 2 months ago. Since then both legs ache": a since-then that opens the next
  // sentence refers back to the time told just before it.
  const opensNextSentence = (cue: PhraseMatch, i: number): boolean => {
    const sentence = tokens[i]?.sentence;
    if (sentence !== (tokens[cue.start]?.sentence ?? -2) + 1) return false;
    const first = tokens.findIndex((token) => token.sentence === sentence);
    return i - first <= 1;
  };
  const startsOngoing = (cue: PhraseMatch): boolean =>
    tokens.some((token, i) =>
      i < cue.start
        ? token.chunk === chunkOf(cue) && startWords.has(token.word)
        : i >= cue.end &&
          (token.sentence === tokens[cue.start]?.sentence || opensNextSentence(cue, i)) &&
          isSinceThen(i),
    );
  for (const [chunk, cues] of past) {
    const started = cues.filter(startsOngoing);
    if (started.length === 0) continue;
    past.set(
      chunk,
      cues.filter((cue) => !started.includes(cue)),
    );
    longStanding.set(chunk, [...(longStanding.get(chunk) ?? []), ...started]);
  }
  // A past cue that opens with a since-word ("I've smoked since I was fifteen", "no jab since I was a kid") tells
  // when something still going on began: what it follows closely, and what comes after it in its chunk, is
  // long-standing, not past; the rest of the chunk ("now my jaw is stiff, not had a jab since I was a kid") is not
  // dated by it.
  const sinceCues: PhraseMatch[] = [];
  for (const [chunk, cues] of past) {
    const since = cues.filter((cue) => sinceWords.has(tokens[cue.start]?.word ?? ''));
    if (since.length === 0) continue;
    sinceCues.push(...since);
    past.set(
      chunk,
      cues.filter((cue) => !since.includes(cue)),
    );
  }
  const present = group('present', chunkOf);
  const hypothetical = group('hypothetical', chunkOf);
  // A supposition cut after its subject by an aside ("What if my son, he is 5, swallowed some of my tablets?",
  // "suppose my dad, aged 80, took…"): the cue's chunk holds nothing after the cue but the person, so the frame
  // reaches the next chunk of the sentence, which finishes the clause; not one told as now ("…, he is fitting now").
  const lastOfChunk = new Map<number, number>();
  tokens.forEach((token, i) => lastOfChunk.set(token.chunk, i));
  const onlyPeopleAfter = (cue: PhraseMatch): boolean => {
    const chunk = chunkOf(cue);
    const last = lastOfChunk.get(chunk) ?? -1;
    if (last <= cue.end || last - cue.end > 3) return false;
    const people = matches.filter(
      (match) =>
        match.start > cue.end &&
        match.end <= last &&
        conceptNamesOf(match).some((name) => PERSON_CONCEPTS.has(name)),
    );
    // Every word after the cue belongs to the person ("my son", "my old dad"), and nothing else is told there.
    for (let i = cue.end + 1; i <= last; i += 1)
      if (!people.some((match) => match.start <= i && match.end >= i)) return false;
    return !matches.some(
      (match) =>
        match.start > cue.end &&
        match.start <= last &&
        conceptNamesOf(match).some((name) => !PERSON_CONCEPTS.has(name)),
    );
  };
  for (const [chunk, cues] of [...hypothetical]) {
    const cut = cues.find(onlyPeopleAfter);
    const next = tokens[(lastOfChunk.get(chunk) ?? -2) + 1];
    if (!cut || next === undefined || next.sentence !== tokens[cut.start]?.sentence) continue;
    if ((present.get(next.chunk) ?? none).length > 0) continue;
    hypothetical.set(next.chunk, [...(hypothetical.get(next.chunk) ?? []), cut]);
  }
  const general = group('general', chunkOf);

  const stopBetween = (clause: number, from: number, to: number): boolean =>
    (stops.get(clause) ?? none).some((stop) => stop.start > from && stop.start < to);

  // wordsBefore[i]: how many of tokens 0..i-1 are not part of a concept phrase (the negation's reach).
  const inConcept = new Array<boolean>(tokens.length).fill(false);
  for (const match of matches) {
    if (match.roles.some((role) => role.kind === 'concept' && role.overlay !== true)) {
      for (const position of match.positions) inConcept[position] = true;
    }
  }
  const wordsBefore = [0];
  inConcept.forEach((covered, i) => wordsBefore.push((wordsBefore[i] ?? 0) + (covered ? 0 : 1)));
  const reach = (from: number, to: number): number => (wordsBefore[to] ?? 0) - (wordsBefore[from + 1] ?? 0);

  const isNegated = (match: PhraseMatch): boolean => {
    const clause = clauseOf(match);
    return (
      (before.get(clause) ?? none).some(
        (cue) =>
          // A denial does not reach into a new statement after a comma ("never had this before, my calf is swollen").
          (cue.end < match.start &&
            chunkOf(cue) === chunkOf(match) &&
            reach(cue.end, match.start) < negationWindow &&
            !stopBetween(clause, cue.end, match.start)) ||
          // A negation in a phrase's gap denies the phrase: "pee * dark" found in "my pee is not dark".
          (cue.start > match.start && cue.end < match.end && !match.positions.includes(cue.start)),
      ) ||
      (after.get(clause) ?? none).some(
        (cue) =>
          match.end < cue.start &&
          reach(match.end, cue.start) < negationWindow &&
          !stopBetween(clause, match.end, cue.start),
      )
    );
  };

  // Whether a cue in the match's chunk reaches it.
  const reaches = (cue: PhraseMatch, match: PhraseMatch): boolean => {
    const nows = present.get(chunkOf(match)) ?? none;
    // A cue later than the match does not reach back over a recent time told with "ago" between them ("cut my
    // hand 8 days ago and never had the jab as a kid": the cut is 8 days old, the jab is what was long ago).
    const datedRecent = (now: PhraseMatch): boolean =>
      now.start > match.end && now.end < cue.start && tokens[now.end]?.word === 'ago';
    if (cue.start > match.end && nows.some(datedRecent)) return false;
    const backToNow = nows.find((now) => now.start > cue.start);
    return backToNow === undefined || match.start < backToNow.start;
  };
  const isBefore = (cues: ReadonlyMap<number, PhraseMatch[]>, match: PhraseMatch): boolean =>
    (cues.get(chunkOf(match)) ?? none).some((cue) => reaches(cue, match));
  // A past cue told by age that opens its sentence ("When I was 16, my potassium dropped..., my heart was doing
  // funny things") reaches the later chunks of that sentence too, except a chunk told in the present: one holding a present cue
  // ("again", "now") or a present-tense word ("my calf is swollen").
  const sentenceOf = (match: PhraseMatch): number => tokens[match.start]?.sentence ?? -1;
  // Only in a story told as the past twice over: the opener, and a second past cue elsewhere in the message
  // ("That was twelve years ago", "he is 9 now").
  const pastCues = matches.filter((match) => hasRole(match, 'past'));
  // A past time that opens its sentence ("Many years ago, when I was expecting, I had cramps every night") opens
  // it the same way, told once: it names a time, not an age ("When I was 30, …" needs the second cue).
  // Where each sentence starts (its first token), for openers and back-references.
  const sentenceStart = new Map<number, number>();
  tokens.forEach((token, i) => {
    if (!sentenceStart.has(token.sentence)) sentenceStart.set(token.sentence, i);
  });
  // A past cue in a time clause that opens the sentence ("After the birth of my son last year I had a clot, the
  // swollen calf, …") opens it too: the sentence's first word is a lead word and the cue is in its first chunk.
  const inLeadClause = (match: PhraseMatch): boolean => {
    const first = tokens[sentenceStart.get(sentenceOf(match)) ?? -1];
    return leadWords.has(first?.word ?? '') && first?.chunk === chunkOf(match);
  };
  const opensSentence = (match: PhraseMatch): boolean =>
    sentenceStart.get(sentenceOf(match)) === match.start || inLeadClause(match);
  const openers = matches.filter(
    (match) =>
      opensSentence(match) &&
      !sinceCues.includes(match) &&
      ((hasRole(match, 'past') && !hasRole(match, 'past-opener')) ||
        (hasRole(match, 'past-opener') &&
          pastCues.some((cue) => cue.start > match.end || cue.end < match.start))),
  );
  const presentChunks = new Set(
    matches
      .filter((match) => hasRole(match, 'present') || hasRole(match, 'present-tense'))
      .map((match) => chunkOf(match)),
  );
  const isOpenedPast = (match: PhraseMatch): boolean =>
    openers.length > 0 &&
    !presentChunks.has(chunkOf(match)) &&
    openers.some((opener) => sentenceOf(opener) === sentenceOf(match) && opener.start <= match.start);
  // A sentence that opens by pointing back and tells a past ("…they gave me thiamine. That was 2 years ago, fine
  // now") dates the sentence before it, unless a chunk there is told in the present.
  const opensWithBackReference = (sentence: number): boolean => {
    const start = sentenceStart.get(sentence) ?? -1;
    return backReferences.some(
      (words) => wordsAt(tokens, start, words) && tokens[start + words.length - 1]?.sentence === sentence,
    );
  };
  const datedBack = new Set(
    [...past.values()]
      .flat()
      .map((cue) => sentenceOf(cue))
      .filter((sentence) => sentence > 0 && opensWithBackReference(sentence))
      .map((sentence) => sentence - 1),
  );
  // A sentence dated back that tells a start ("I started 50,000 IU every day. That was about 3 months ago.") began
  // something that goes on, as a start word does before a past cue in its own chunk: long-standing, not past.
  const startedSentences = new Set(
    datedBack.size === 0
      ? []
      : tokens.filter((token) => startWords.has(token.word)).map((token) => token.sentence),
  );
  const inDatedBackSentence = (match: PhraseMatch): boolean =>
    datedBack.has(sentenceOf(match)) && !presentChunks.has(chunkOf(match));
  const isDatedBack = (match: PhraseMatch): boolean =>
    inDatedBackSentence(match) && !startedSentences.has(sentenceOf(match));
  const isStartedBack = (match: PhraseMatch): boolean =>
    inDatedBackSentence(match) && startedSentences.has(sentenceOf(match));
  // A bracket that tells a past ("(that was years ago)", "(when he was a baby, he's 5 now)") is an aside about the
  // statement right before it: that statement is past too, unless it is itself told in the present.
  const pastAsides = new Set(
    matches
      .filter((match) => hasRole(match, 'past'))
      .map((match) => tokens[match.start]?.aside ?? -1)
      .filter((aside) => aside !== -1),
  );
  const isAsidePast = (match: PhraseMatch): boolean => {
    const asideAfter = tokens[match.start]?.asideAfter ?? -1;
    return asideAfter !== -1 && pastAsides.has(asideAfter) && !presentChunks.has(chunkOf(match));
  };
  // "Since my seizure last year I feel tired", "since we moved here two winters ago I feel flat": a past cue after a
  // since-word in its chunk dates a start. What it dates (the seizure) is past; what follows the cue has gone on
  // since then, so it is not.
  const sinceBefore = (cue: PhraseMatch): boolean =>
    tokens.some((token, i) => i < cue.start && token.chunk === chunkOf(cue) && sinceWords.has(token.word));
  const undatedPast = new Map(
    [...past].map(([chunk, cues]) => [chunk, cues.filter((cue) => !sinceBefore(cue))]),
  );
  const isDatedStart = (match: PhraseMatch): boolean =>
    (past.get(chunkOf(match)) ?? none).some((cue) => sinceBefore(cue) && match.start < cue.start);
  const isPast = (match: PhraseMatch): boolean =>
    isBefore(undatedPast, match) ||
    isDatedStart(match) ||
    isOpenedPast(match) ||
    isAsidePast(match) ||
    isDatedBack(match);
  // A habit told right after a recent start ("Since yesterday I get tingles round my mouth", "today I keep
  // getting cramps") began with that start: the present cue dates it, so it is not long-standing.
  const datedHabit = (cue: PhraseMatch): boolean =>
    (present.get(chunkOf(cue)) ?? none).some((now) => now.end === cue.start - 1);
  const undatedLongStanding = new Map(
    [...longStanding].map(([chunk, cues]) => [chunk, cues.filter((cue) => !datedHabit(cue))]),
  );
  // The sign told right before a since-cue, which it dates: the concept phrase ending last before it in its chunk.
  const datedBySince = new Map(
    sinceCues.map((cue) => {
      const nearest = matches.reduce<PhraseMatch | undefined>(
        (best, m) =>
          chunkOf(m) === chunkOf(cue) &&
          m.end < cue.start &&
          m.roles.some((role) => role.kind === 'concept') &&
          (best === undefined || m.end > best.end)
            ? m
            : best,
        undefined,
      );
      return [cue, nearest] as const;
    }),
  );
  const sinceDated = (match: PhraseMatch): boolean =>
    sinceCues.some((cue) => {
      if (chunkOf(cue) !== chunkOf(match)) return false;
      if (match.start >= cue.end) return true;
      const nearest = datedBySince.get(cue);
      return nearest !== undefined && match.end < cue.start && match.end >= nearest.start;
    });
  // "Now my jaw is tight, hard to swallow, and sometimes my belly goes hard": a present cue before a long-standing
  // one dates what stands between them, so the long-standing cue reaches back only past the last present cue.
  // Likewise a present cue after a sign and before the habit ("my calf is swollen and hot since the flight, and I
  // get short of breath"): the sign is dated now, and the habit told after it does not reach back over it.
  const isLongStanding = (match: PhraseMatch): boolean => {
    const chunk = chunkOf(match);
    const nows = present.get(chunk) ?? none;
    const toldNow = nows.some((now) => now.end < match.start);
    const datedBefore = (cue: PhraseMatch): boolean =>
      nows.some((now) => now.end > match.end && now.end < cue.start);
    return (
      (undatedLongStanding.get(chunk) ?? none).some(
        (cue) => !(match.end < cue.start && (toldNow || datedBefore(cue))) && reaches(cue, match),
      ) ||
      sinceDated(match) ||
      isStartedBack(match)
    );
  };

  // "Why does cola-coloured urine after a workout count as an emergency?": a why-word with a status word after it
  // in the same chunk makes what stands between them a question to learn, not a report.
  const whys = group('why', chunkOf);
  const statuses = group('status', chunkOf);
  // Only when it names no one between them: "why is my calf swollen and is that an emergency" is a report.
  const people = matches.filter((match) =>
    match.roles.some((role) => role.kind === 'concept' && PERSON_CONCEPTS.has(role.name)),
  );
  const isWhyQuestion = (match: PhraseMatch): boolean => {
    const chunk = chunkOf(match);
    return (whys.get(chunk) ?? none).some(
      (why) =>
        why.start <= match.start &&
        (statuses.get(chunk) ?? none).some(
          (status) =>
            status.start >= match.end &&
            !people.some((person) => person.start > why.start && person.start < status.start),
        ),
    );
  };
  // A supposition followed by a sign told as now ("what if my son swallowed my iron tablets, he's being sick now",
  // "what if it's the pills? she's really drowsy right now"): the worry is about what has happened, so the frame
  // lifts. Told as now without such a sign ("…, he's fine now", "they're in a cupboard for now"), it stays.
  // Found once: the last chunk told as now with such a sign; every supposition before it lifts.
  const signsNow = matches.filter(
    (cue) =>
      hasRole(cue, 'present') &&
      NOW_WORDS.has(cue.positions.map((position) => tokens[position]?.word).join(' ')) &&
      tokens[cue.start - 1]?.word !== 'for' &&
      !hypothetical.has(chunkOf(cue)) &&
      !general.has(chunkOf(cue)) &&
      matches.some(
        (match) =>
          chunkOf(match) === chunkOf(cue) &&
          !isNegated(match) &&
          conceptNamesOf(match).some((name) => SIGNS_NOW.has(name)),
      ),
  );
  const lastSignNow = Math.max(-1, ...signsNow.map(chunkOf));
  for (const chunk of [...hypothetical.keys()]) if (chunk < lastSignNow) hypothetical.delete(chunk);
  const isFramed = (match: PhraseMatch): boolean => {
    const chunk = chunkOf(match);
    const framedBy = (cue: PhraseMatch): boolean => cue.start <= match.start;
    return (
      (hypothetical.get(chunk) ?? none).some(framedBy) ||
      (general.get(chunk) ?? none).some(framedBy) ||
      isWhyQuestion(match)
    );
  };

  // "Doctor ask me if I have tingling in mouth … No tingling, no twitching, nothing.", "the nurse asked whether my
  // hands lock up, I said no": what a reported question asked about, answered no (a no after it, or one of its words
  // denied later), is denied. Answered yes ("The nurse asked if I had chest pain. I do, …"), not at all, or told
  // again as now after the no ("I said no, but now it is swollen and red"), it stays as told.
  const asks = group('asked', chunkOf);
  const answersNo = matches.filter((match) => hasRole(match, 'answered-no'));
  const nowAfter = (answer: PhraseMatch): boolean =>
    matches.some((cue) => cue.start > answer.end && hasRole(cue, 'present'));
  const isAnsweredNo = (match: PhraseMatch): boolean => {
    if (!(asks.get(chunkOf(match)) ?? none).some((cue) => cue.end < match.start)) return false;
    if (answersNo.some((cue) => cue.start > match.end && !nowAfter(cue))) return true;
    const words = new Set(match.positions.map((position) => tokens[position]?.word));
    return matches.some(
      (later) =>
        later.start > match.end &&
        later.positions.some((position) => words.has(tokens[position]?.word)) &&
        conceptNamesOf(later).length > 0 &&
        isNegated(later) &&
        !nowAfter(later),
    );
  };

  const current = new Set<string>();
  const ongoing = new Set<string>();
  const mentioned = new Set<string>();
  const framed = new Set<string>();
  const ongoingBySentence: Set<string>[] = [];
  for (const match of matches) {
    const names = conceptNamesOf(match);
    if (names.length === 0) continue;
    const now = !isNegated(match) && !(asks.size > 0 && isAnsweredNo(match));
    if (now) for (const name of names) mentioned.add(name);
    const dated = !names.every((name) => timeless.has(name));
    if (now && !(dated && isPast(match)) && !isFramed(match)) {
      const sentence = (ongoingBySentence[sentenceOf(match)] ??= new Set());
      for (const name of names) {
        ongoing.add(name);
        sentence.add(name);
      }
      if (!(dated && isLongStanding(match))) {
        for (const name of names) current.add(name);
        continue;
      }
    }
    for (const name of names) framed.add(name);
  }
  return { current, ongoing, mentioned, framed, ongoingBySentence: ongoingBySentence.filter(Boolean) };
}
