/**
 * Reads whose body a message is about when it names a child: the child's (its symptoms, body, intake, dose or
 * needs) or an adult's, with the child only as the situation ("I get cramps lifting the baby", "my calves ache
 * after standing at my son's match", "stuck indoors with a newborn, am I low in vitamin D?").
 *
 * Each word that says something of a body (`about`: a symptom, a body part, an intake, a need) is given the
 * person named nearest before it in its sentence, or, when none stands before it, the nearest after it ("is
 * magnesium safe for toddlers"). A child or a he/she named there makes the child a subject; "I", "my" or another
 * adult makes an adult one. People joined by "and" share what follows ("my son and I both get cramps"). Not read
 * as people:
 *   - a child named as the situation, right after a context cue with only words like "the" or "my" between
 *     ("feeding the baby", "since having my son", "at my son's match"), unless something is said of a body right
 *     after it ("since my daughter gets tired legs");
 *   - "I" in a cue of asking or worrying ("I wonder if my son is low"): the asker, not the body;
 *   - "my" for anything but the words right after it ("my left calf" is the writer's, "my handbag and ate
 *     some" says nothing of the writer).
 * A message whose every child is the situation is about the adult ("cramps every night since having my son").
 * A child also becomes the subject when a recipient cue ("give", "for") stands shortly before it and its
 * sentence names an intake ("can I give my 2 year old vitamin D", "magnesium for my son").
 *
 * Goals: an adult asking about their own body is answered although a baby is mentioned; a child's own question
 * keeps the child notice. When the reading finds neither, the child notice stays (knowledge/safety.yaml scope
 * rule `child`). Non-goals: resolving who "he" or "she" is (with a child named, a pronoun is read as the child:
 * the safe side), parsing grammar beyond nearness in a sentence.
 */
import { namesConceptIn, type PhraseMatch } from './compilePhraseIndex';
import type { MessageToken } from './segmentMessage';

/** The concept names the reading uses (knowledge/safety.yaml `subjectReading`), as sets. */
export interface SubjectReadingRule {
  adults: ReadonlySet<string>;
  children: ReadonlySet<string>;
  about: ReadonlySet<string>;
  intake: ReadonlySet<string>;
  asking: ReadonlySet<string>;
  context: ReadonlySet<string>;
  recipient: ReadonlySet<string>;
  joiners: ReadonlySet<string>;
  possessives: ReadonlySet<string>;
  possessiveReach: number;
  contextReach: number;
  determiners: ReadonlySet<string>;
  subjectReach: number;
  recipientReach: number;
}

export interface SubjectReading {
  /** Something said of a body is said of a child (or of he/she, with a child named). */
  child: boolean;
  /** Something said of a body is said of the writer or another adult. */
  adult: boolean;
}

type Who = 'adult' | 'child';

interface Person {
  who: Who;
  /** An adult told only by a possessive ("my"): the owner of what follows it, not the subject of a sentence. */
  possessive: boolean;
  start: number;
  end: number;
  sentence: number;
}

const isIn = namesConceptIn;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start <= b.end && b.start <= a.end;

export function readSubject(
  tokens: readonly MessageToken[],
  matches: readonly PhraseMatch[],
  rule: SubjectReadingRule,
): SubjectReading {
  const sentenceOf = (position: number): number => tokens[position]?.sentence ?? -1;
  const childMatches = matches.filter((match) => isIn(match, rule.children));
  const asking = matches.filter((match) => isIn(match, rule.asking));
  // The nearest cue before a child, at most `reach` words before its first word and in its sentence; with
  // `onlyDeterminers`, only words like "the", "my", "two" may stand between ("feeding the baby", not "the school
  // nurse said my son").
  const cueBefore = (
    cues: readonly PhraseMatch[],
    child: PhraseMatch,
    reach: number,
    onlyDeterminers = false,
  ): PhraseMatch | undefined =>
    cues
      .filter(
        (cue) =>
          cue.end < child.start &&
          child.start - cue.end - 1 <= reach &&
          sentenceOf(cue.end) === sentenceOf(child.start) &&
          (!onlyDeterminers ||
            tokens.slice(cue.end + 1, child.start).every((token) => rule.determiners.has(token.word))),
      )
      .sort((a, b) => b.end - a.end)[0];
  const contextCues = matches.filter((match) => isIn(match, rule.context));
  const recipientCues = matches.filter((match) => isIn(match, rule.recipient));
  const intakeSentences = new Set(
    matches.filter((match) => isIn(match, rule.intake)).map((match) => sentenceOf(match.start)),
  );
  const aboutTerms = matches.filter((match) => isIn(match, rule.about));
  const adultWords = matches.filter((match) => isIn(match, rule.adults));
  // A child with something said of a body right after it, in its chunk and with nobody between, is that
  // statement's subject even after a context cue: "since my daughter gets tired legs", "at my son's legs".
  const saysOfItself = (child: PhraseMatch): boolean => {
    const chunk = tokens[child.end]?.chunk;
    return aboutTerms.some(
      (term) =>
        term.start > child.end &&
        term.start - child.end <= rule.subjectReach &&
        tokens[term.start]?.chunk === chunk &&
        !adultWords.some((adult) => adult.start > child.end && adult.start < term.start),
    );
  };

  let childSubject = false;
  let contextOnly = childMatches.length > 0;
  const people: Person[] = [];
  for (const match of childMatches) {
    // Taking something comes first: "feeding my toddler iron" is what the toddler takes.
    const recipient = intakeSentences.has(sentenceOf(match.start))
      ? cueBefore(recipientCues, match, rule.recipientReach)
      : undefined;
    const context = cueBefore(contextCues, match, rule.contextReach, true);
    const contextBetween = context !== undefined && recipient !== undefined && context.start > recipient.end;
    if (recipient !== undefined && !contextBetween) childSubject = true;
    else if (context !== undefined && !saysOfItself(match)) continue;
    contextOnly = false;
    people.push({
      who: 'child',
      possessive: false,
      start: match.start,
      end: match.end,
      sentence: sentenceOf(match.start),
    });
  }
  for (const match of matches) {
    if (!isIn(match, rule.adults) || isIn(match, rule.children)) continue;
    // "my" inside "my son" names the child; "I" inside "I wonder" is the one asking.
    if (childMatches.some((child) => overlaps(child, match))) continue;
    if (asking.some((cue) => overlaps(cue, match))) continue;
    people.push({
      who: 'adult',
      possessive: match.start === match.end && rule.possessives.has(tokens[match.start]?.word ?? ''),
      start: match.start,
      end: match.end,
      sentence: sentenceOf(match.start),
    });
  }
  people.sort((a, b) => a.start - b.start);

  // Only joiners stand between two people ("my son and I", "me and the kids"): what follows is said of both.
  const joinedTo = (left: Person, right: Person): boolean => {
    if (left.end >= right.start || left.sentence !== right.sentence) return false;
    const between = tokens.slice(left.end + 1, right.start);
    return between.length > 0 && between.every((token) => rule.joiners.has(token.word));
  };
  const joined = (index: number): Person[] => {
    let first = index;
    while (first > 0 && joinedTo(people[first - 1] as Person, people[first] as Person)) first -= 1;
    let last = index;
    while (last < people.length - 1 && joinedTo(people[last] as Person, people[last + 1] as Person))
      last += 1;
    return people.slice(first, last + 1);
  };

  // Every child named is the situation ("cramps every night since having my daughter"): the message is the adult's.
  let adultSubject = contextOnly && !childSubject;
  const say = (who: Who): void => {
    if (who === 'child') childSubject = true;
    else adultSubject = true;
  };
  for (const term of matches) {
    if (!isIn(term, rule.about)) continue;
    // A term that names its person ("wakes me", "toddler wet himself") is said of that person.
    const inside = people.filter((person) => overlaps(person, term));
    if (inside.length > 0) {
      for (const person of inside) say(person.who);
      continue;
    }
    const sentence = sentenceOf(term.start);
    let index = -1;
    for (let i = people.length - 1; i >= 0 && index === -1; i -= 1) {
      const person = people[i] as Person;
      // "my" owns the words right after it ("my left calf"), not a term further on ("my handbag and ate some").
      const owns = !person.possessive || term.start - person.end <= rule.possessiveReach;
      if (person.sentence === sentence && person.end < term.start && owns) index = i;
    }
    if (index === -1)
      index = people.findIndex(
        (person) => person.sentence === sentence && person.start > term.end && !person.possessive,
      );
    if (index === -1) continue;
    for (const person of joined(index)) say(person.who);
  }
  return { child: childSubject, adult: adultSubject };
}
