/**
 * Compiles every phrase of knowledge/safety.yaml (concept phrases and context cues) into step lists indexed by
 * their first word, and finds them in a message. Phrase syntax, for curators:
 *   - words match by stem and tolerate typos (see createWordMatcher);
 *   - one extra word may stand between two phrase words ("heart racing" ~ "heart is racing");
 *   - "*" lets up to four words stand there ("can * cause" ~ "can low potassium cause");
 *   - "+" lets none stand there ("still + same" is not "standing still, then same again");
 *   - a negation stop's words stand together, with no word between, unless "?" lets one stand there ("and ? is" ~
 *     "and urine is"): "and it" must not reach over a denied sign to end its negation ("not hot, puffy, and red, it
 *     just cramps");
 *   - "#" matches any number, "10+" one of 10 or more, "0-15" one from 0 to 15 (digits or number words);
 *   - "=word" matches that exact word only, no other ending and no typo ("=cramps" is not "cramp");
 *   - "(a|b|c)" offers alternatives, each making its own phrase; an empty one makes the group optional
 *     ("(the|) pot is empty"): see src/text/phraseAlternatives.ts.
 * When found phrases share a word, the one matching more words wins, then the one with more exact words: that
 * is how "hot bath" (ignored) beats "hot" (a sign of a clot), and "can not breathe" beats the negation "not".
 */
import { expandAlternatives, expandWord, normalizeText, parseNumber, tokenize } from '../text';
import { createWordMatcher, type WordMatcher } from './createWordMatcher';
import type { MessageToken } from './segmentMessage';
import { runToEnd, type Steps } from '../util/runSteps';

/** What a phrase means: a concept name, or one of the context roles. */
export type PhraseRole =
  /**
   * `background`: a concept only used in `unless` lists; its phrases never hide the words they contain.
   * `overlay`: a concept only the safety net (a body site, a bodily feeling) or the subject reading (a caring task
   * before a child, src/safety/readSubject.ts) reads: its phrases neither hide nor
   * are hidden by any other phrase, and do not count as signs for a negation's reach, so red flags and scope
   * read a message exactly as they would without them.
   */
  | { kind: 'concept'; name: string; background?: boolean; overlay?: boolean }
  | { kind: 'negation-before' | 'negation-after' | 'negation-stop' | 'not-negation' }
  | {
      kind:
        | 'past'
        | 'past-opener'
        | 'recent-past'
        | 'settled'
        | 'unsettled'
        | 'why'
        | 'status'
        | 'present-tense'
        | 'long-standing'
        | 'present'
        | 'hypothetical'
        | 'general'
        | 'asked'
        | 'answered-no'
        | 'ignore';
    };

type Step =
  | { type: 'word'; word: string; maxGap: number; exactOnly?: boolean }
  | { type: 'number'; min: number; max: number; maxGap: number };

/** A phrase of knowledge/safety.yaml compiled into the steps that find it (plain data, see SafetyIndexData). */
export interface CompiledPhrase {
  text: string;
  steps: Step[];
  roles: PhraseRole[];
  /** Vocabulary words the phrase needs: a phrase is only tried when the message has all of them. */
  words: string[];
}

export interface PhraseMatch {
  phrase: string;
  roles: readonly PhraseRole[];
  /** Positions of the message tokens the phrase words matched (wildcard gaps excluded). */
  positions: number[];
  start: number;
  end: number;
  exact: number;
}

/** The concepts a match names. */
export const conceptNamesOf = (match: PhraseMatch): string[] =>
  match.roles.flatMap((role) => (role.kind === 'concept' ? [role.name] : []));

/** Whether a match names one of `names` (no array is built: triage asks it of every match of every message). */
export function namesConceptIn(match: PhraseMatch, names: ReadonlySet<string> | undefined): boolean {
  if (names === undefined) return false;
  for (const role of match.roles) if (role.kind === 'concept' && names.has(role.name)) return true;
  return false;
}

export interface PhraseIndex {
  find(tokens: readonly MessageToken[]): PhraseMatch[];
  /** Whether a message word reads as a vocabulary word (itself, its stem or a typo of one). */
  reads(word: string): boolean;
  /** Whether a word is a vocabulary word exactly (a set lookup, no typo search). */
  has(word: string): boolean;
}

const DEFAULT_GAP = 1;
const WILDCARD_GAP = 4;
/** `**`: up to eight words, for a phrase whose two ends stand apart by a noun phrase ("the price of … nearly made me"). */
const LONG_WILDCARD_GAP = 8;
const NUMBER_KEY = '#number';
const NUMBER_STEP = /^(?:#|(\d+)\+|(\d+)-(\d+))$/;

function compileSteps(phrase: string, sameWords: ReadonlyMap<string, string>, defaultGap: number): Step[] {
  const steps: Step[] = [];
  let gap = 0;
  for (const raw of phrase.trim().toLowerCase().split(/\s+/)) {
    if (raw === '*') {
      gap = WILDCARD_GAP;
      continue;
    }
    if (raw === '**') {
      gap = LONG_WILDCARD_GAP;
      continue;
    }
    if (raw === '+') {
      gap = 0;
      continue;
    }
    if (raw === '?') {
      gap = Math.max(gap, 1);
      continue;
    }
    const exactOnly = raw.length > 1 && raw.startsWith('=');
    const numberStep = exactOnly ? null : NUMBER_STEP.exec(raw);
    if (numberStep) {
      const [, atLeast, from, to] = numberStep;
      steps.push({
        type: 'number',
        min: Number(atLeast ?? from ?? 0),
        max: to === undefined ? Number.POSITIVE_INFINITY : Number(to),
        maxGap: gap,
      });
      gap = 0;
    } else {
      for (const word of tokenize(normalizeText(exactOnly ? raw.slice(1) : raw)).flatMap(expandWord)) {
        const step: Step = { type: 'word', word: sameWords.get(word) ?? word, maxGap: gap };
        steps.push(exactOnly ? { ...step, exactOnly } : step);
        gap = 0;
      }
    }
    gap = steps.length === 0 ? 0 : Math.max(gap, defaultGap);
  }
  return steps;
}

/**
 * `sameWords` maps a word to the word it should be read as, in phrases and messages alike ("barely" → "not",
 * so "can barely breathe" is "can not breathe").
 */
export function compilePhraseIndex(
  entries: ReadonlyArray<{ phrase: string; role: PhraseRole }>,
  sameWords: ReadonlyMap<string, string> = new Map(),
): PhraseIndex {
  return runToEnd(compilePhraseIndexSteps(entries, sameWords));
}

const PHRASES_PER_STEP = 100;

/**
 * The costly, plain-data part of building the safety screen: every phrase compiled into its steps, packed by first
 * word (see PackedPhrases). Like the engine's EngineIndexData, a build handed a record uses what it holds and fills
 * in what it lacks, so a record kept from one build lets a later build of the same safety.yaml by the same code
 * skip compiling (src/startup/indexCache.ts keeps it in .cache/, keyed by both).
 */
export interface SafetyIndexData {
  packed?: PackedPhrases;
}

/** The same index built in small steps (see src/util/runSteps.ts), for a reload that must not stall requests. */
export function* compilePhraseIndexSteps(
  entries: ReadonlyArray<{ phrase: string; role: PhraseRole }>,
  sameWords: ReadonlyMap<string, string> = new Map(),
  data?: SafetyIndexData,
): Steps<PhraseIndex> {
  // From a record, a first word's phrases are unpacked the first time a message has that word: most are never
  // needed. Compiled now, they are grouped at once (and packed only for a record to keep).
  let byFirstWord: Map<string, FirstWordEntry | string>;
  let vocabulary: Iterable<string>;
  let roles: readonly PhraseRole[] = [];
  if (data?.packed === undefined) {
    const phrases = yield* compilePhrases(entries, sameWords);
    if (data) data.packed = packPhrases(phrases);
    const grouped = new Map<string, CompiledPhrase[]>();
    for (const phrase of phrases) {
      const key = stepKey(phrase.steps[0]);
      const group = grouped.get(key);
      if (group) group.push(phrase);
      else grouped.set(key, [phrase]);
    }
    byFirstWord = new Map([...grouped].map(([key, group]) => [key, firstWordEntry(group)]));
    vocabulary = phrases.flatMap((phrase) => phrase.words);
    yield;
  } else {
    byFirstWord = new Map(data.packed.groups);
    vocabulary = data.packed.vocabulary;
    roles = data.packed.roles;
  }
  const entryOf = (key: string): FirstWordEntry | undefined => {
    const held = byFirstWord.get(key);
    if (typeof held !== 'string') return held;
    const entry = firstWordEntry(unpackLines(held, roles));
    byFirstWord.set(key, entry);
    return entry;
  };
  const matcher = createWordMatcher(vocabulary);
  return {
    find: (tokens) => resolveOverlaps(findAll(tokens, entryOf, matcher, sameWords)),
    reads: (word) => matcher.hits(sameWords.get(word) ?? word).length > 0,
    has: (word) => matcher.has(sameWords.get(word) ?? word),
  };
}

/** The search entry of phrases that share a first word: split by their second word. */
function firstWordEntry(phrases: readonly CompiledPhrase[]): FirstWordEntry {
  const entry: FirstWordEntry = { single: [], bySecond: new Map(), reach: 0 };
  for (const compiled of phrases) {
    const second = compiled.steps[1];
    if (second === undefined) entry.single.push(compiled);
    else {
      const secondKey = stepKey(second);
      const group = entry.bySecond.get(secondKey);
      if (group) group.phrases.push(compiled);
      else entry.bySecond.set(secondKey, { phrases: [compiled], triedAt: -1 });
      entry.reach = Math.max(entry.reach, second.maxGap);
    }
  }
  return entry;
}

/** Every phrase compiled into its steps; phrases with the same steps become one with all their roles. */
function* compilePhrases(
  entries: ReadonlyArray<{ phrase: string; role: PhraseRole }>,
  sameWords: ReadonlyMap<string, string>,
): Steps<CompiledPhrase[]> {
  const byText = new Map<string, CompiledPhrase>();
  // A phrase with bracketed alternatives is one phrase per option (src/text/phraseAlternatives.ts).
  const expanded = entries.flatMap(({ phrase, role }) =>
    expandAlternatives(phrase).map((option) => ({ phrase: option, role })),
  );
  for (const [n, { phrase, role }] of expanded.entries()) {
    if (n % PHRASES_PER_STEP === PHRASES_PER_STEP - 1) yield;
    const steps = compileSteps(phrase, sameWords, role.kind === 'negation-stop' ? 0 : DEFAULT_GAP);
    if (steps.length === 0) continue;
    const key = steps
      .map((step) =>
        step.type === 'word'
          ? `${step.exactOnly === true ? '=' : ''}${step.word}/${step.maxGap}`
          : `#/${step.min}-${step.max}`,
      )
      .join(' ');
    const existing = byText.get(key);
    if (existing) existing.roles.push(role);
    else byText.set(key, { text: phrase, steps, roles: [role], words: wordsOf(steps) });
  }
  return [...byText.values()];
}

/**
 * The vocabulary words a phrase's steps need, each once. The words of its first two steps come last: a phrase is
 * looked up by them, so they are in the message whenever it is tried, and checking the others first rules most
 * phrases out at the first word checked.
 */
const wordsOf = (steps: readonly Step[]): string[] => {
  const words = steps.flatMap((step) => (step.type === 'word' ? [step.word] : []));
  const keys = steps.slice(0, 2).flatMap((step) => (step.type === 'word' ? [step.word] : []));
  return [...new Set([...words.filter((word) => !keys.includes(word)), ...keys])];
};

/**
 * Compiled phrases as a cache file keeps them: per first word, one string with a line per phrase, and each distinct
 * role once. Tens of thousands of phrases as objects took V8 half a second to deserialise at start-up
 * (2026-12-07); strings deserialise in milliseconds, and a first word's phrases are unpacked only when a message
 * first has that word.
 */
export interface PackedPhrases {
  roles: PhraseRole[];
  /** Every word a step needs (the word matcher's vocabulary). */
  vocabulary: string[];
  /**
   * First step's key (its word, or `#number`) → those phrases in build order: per phrase its text, steps and role
   * numbers split by UNIT; phrases split by RECORD.
   */
  groups: Map<string, string>;
}

const RECORD = '\u001e';
const UNIT = '\u001f';

/** One step as text: `w1:leg` (a word and its gap), `e0:cramps` (exact only), `n1:10-` (a number from 10 up). */
const packStep = (step: Step): string =>
  step.type === 'word'
    ? `${step.exactOnly === true ? 'e' : 'w'}${step.maxGap}:${step.word}`
    : `n${step.maxGap}:${step.min}-${step.max === Number.POSITIVE_INFINITY ? '' : step.max}`;

function unpackStep(text: string): Step {
  const colon = text.indexOf(':');
  const maxGap = Number(text.slice(1, colon));
  const rest = text.slice(colon + 1);
  if (colon < 2 || !Number.isInteger(maxGap) || rest === '') throw new Error(`a damaged step: ${text}`);
  if (text[0] === 'w') return { type: 'word', word: rest, maxGap };
  if (text[0] === 'e') return { type: 'word', word: rest, maxGap, exactOnly: true };
  const [min, max] = rest.split('-');
  if (text[0] !== 'n' || max === undefined) throw new Error(`a damaged step: ${text}`);
  return {
    type: 'number',
    min: Number(min),
    max: max === '' ? Number.POSITIVE_INFINITY : Number(max),
    maxGap,
  };
}

export function packPhrases(phrases: readonly CompiledPhrase[]): PackedPhrases {
  const roles: PhraseRole[] = [];
  const roleNumbers = new Map<string, number>();
  const numberOf = (role: PhraseRole): number => {
    const key = JSON.stringify(role);
    let n = roleNumbers.get(key);
    if (n === undefined) {
      n = roles.push(role) - 1;
      roleNumbers.set(key, n);
    }
    return n;
  };
  const vocabulary = new Set<string>();
  const lines = new Map<string, string[]>();
  for (const phrase of phrases) {
    for (const word of phrase.words) vocabulary.add(word);
    const key = stepKey(phrase.steps[0]);
    const line = [
      phrase.text,
      phrase.steps.map(packStep).join(' '),
      phrase.roles.map(numberOf).join(' '),
    ].join(UNIT);
    const group = lines.get(key);
    if (group) group.push(line);
    else lines.set(key, [line]);
  }
  const groups = new Map([...lines].map(([key, group]) => [key, group.join(RECORD)]));
  return { roles, vocabulary: [...vocabulary], groups };
}

/** A first word's phrases as `packPhrases` was given them; throws on a line that does not read back. */
function unpackLines(lines: string, roles: readonly PhraseRole[]): CompiledPhrase[] {
  return lines.split(RECORD).map((line) => {
    const [text, steps, numbers, extra] = line.split(UNIT);
    if (text === undefined || !steps || !numbers || extra !== undefined)
      throw new Error(`a damaged phrase: ${line}`);
    const compiled = steps.split(' ').map(unpackStep);
    const phraseRoles = numbers.split(' ').map((n) => {
      const role = roles[Number(n)];
      if (role === undefined) throw new Error(`a damaged phrase: ${line}`);
      return role;
    });
    return { text, steps: compiled, roles: phraseRoles, words: wordsOf(compiled) };
  });
}

/** Every phrase of a packed record, in build order within each first word (for checks of the cache). */
export function unpackPhrases(packed: PackedPhrases): CompiledPhrase[] {
  return [...packed.groups.values()].flatMap((lines) => unpackLines(lines, packed.roles));
}

/**
 * The phrases that start with one word, split by their second word: at each place in a message only the
 * phrases whose second word stands close enough after it are tried, which keeps long messages fast.
 */
interface FirstWordEntry {
  single: CompiledPhrase[];
  bySecond: Map<string, SecondWordGroup>;
  /** The widest gap allowed before a second word, over all of these phrases. */
  reach: number;
}

interface SecondWordGroup {
  phrases: CompiledPhrase[];
  /** The last search step that tried this group (a second word may stand twice within reach). */
  triedAt: number;
}

/**
 * A list of phrases this long ("can not …": several hundred phrases share those two words) is not filtered phrase by
 * phrase: it is indexed once by each phrase's first word to check (see wordsOf), and a message looks up only the
 * words it has.
 */
const LONG_LIST = 64;
const firstCheckIndex = new WeakMap<readonly CompiledPhrase[], ReadonlyMap<string, readonly number[]>>();

/** The phrases of a long list whose first word to check is in the message, in list order. */
function candidatesIn(phrases: readonly CompiledPhrase[], present: ReadonlySet<string>): CompiledPhrase[] {
  let index = firstCheckIndex.get(phrases);
  if (index === undefined) {
    const built = new Map<string, number[]>();
    phrases.forEach((phrase, at) => {
      const word = phrase.words[0] ?? '';
      const ids = built.get(word);
      if (ids) ids.push(at);
      else built.set(word, [at]);
    });
    index = built;
    firstCheckIndex.set(phrases, index);
  }
  const at: number[] = [...(index.get('') ?? [])];
  for (const word of present) for (const id of index.get(word) ?? []) at.push(id);
  return at.sort((a, b) => a - b).flatMap((id) => phrases[id] ?? []);
}

/** Counts search steps across calls, so a group's `triedAt` never needs resetting. */
let searchStep = 0;

const stepKey = (step: Step | undefined): string =>
  step === undefined || step.type === 'number' ? NUMBER_KEY : step.word;

function findAll(
  tokens: readonly MessageToken[],
  entryOf: (firstKey: string) => FirstWordEntry | undefined,
  matcher: WordMatcher,
  sameWords: ReadonlyMap<string, string>,
): PhraseMatch[] {
  // For each token: the vocabulary words it stands for (cached arrays, no copies) and its numeric value.
  const hits = tokens.map((token) => matcher.hits(sameWords.get(token.word) ?? token.word));
  const numbers = tokens.map((token) => parseNumber(token.word));
  const present = new Set<string>();
  for (const list of hits) for (const hit of list) present.add(hit.word);
  const stepAt = (step: Step, position: number): boolean | undefined => {
    if (step.type === 'number') {
      const value = numbers[position];
      return value !== undefined && value >= step.min && value <= step.max ? true : undefined;
    }
    for (const hit of hits[position] ?? []) {
      if (hit.word === step.word) return step.exactOnly === true && !hit.exact ? undefined : hit.exact;
    }
    return undefined;
  };
  // Only phrases whose every word occurs somewhere in the message can match: filter each list once per message
  // rather than at every place its first word stands.
  const possible = new Map<readonly CompiledPhrase[], readonly CompiledPhrase[]>();
  const possibleOf = (phrases: readonly CompiledPhrase[]): readonly CompiledPhrase[] => {
    let kept = possible.get(phrases);
    if (kept === undefined) {
      const candidates = phrases.length < LONG_LIST ? phrases : candidatesIn(phrases, present);
      kept = candidates.filter((phrase) => phrase.words.every((word) => present.has(word)));
      possible.set(phrases, kept);
    }
    return kept;
  };
  const matches: PhraseMatch[] = [];
  // One scratch buffer for the positions a phrase attempt matches; copied only when the attempt succeeds.
  const scratch: number[] = [];
  for (let start = 0; start < tokens.length; start += 1) {
    const clause = tokens[start]?.clause ?? -1;
    const tryPhrases = (phrases: readonly CompiledPhrase[] | undefined): void => {
      if (phrases === undefined) return;
      for (const phrase of possibleOf(phrases)) {
        const exact = matchFrom(phrase.steps, 0, start, clause, tokens, stepAt, scratch);
        if (exact < 0) continue;
        const positions = scratch.slice(0, phrase.steps.length);
        matches.push({
          phrase: phrase.text,
          roles: phrase.roles,
          positions,
          start,
          end: positions[positions.length - 1] ?? start,
          exact,
        });
      }
    };
    const tryEntry = (entry: FirstWordEntry | undefined): void => {
      if (entry === undefined) return;
      tryPhrases(entry.single);
      if (entry.bySecond.size === 0) return;
      searchStep += 1;
      const tryGroup = (group: SecondWordGroup | undefined): void => {
        if (group === undefined || group.triedAt === searchStep) return;
        group.triedAt = searchStep;
        tryPhrases(group.phrases);
      };
      const last = Math.min(tokens.length - 1, start + 1 + entry.reach);
      for (let p = start + 1; p <= last && tokens[p]?.clause === clause; p += 1) {
        for (const hit of hits[p] ?? []) tryGroup(entry.bySecond.get(hit.word));
        if (numbers[p] !== undefined) tryGroup(entry.bySecond.get(NUMBER_KEY));
      }
    };
    for (const hit of hits[start] ?? []) tryEntry(entryOf(hit.word));
    if (numbers[start] !== undefined) tryEntry(entryOf(NUMBER_KEY));
  }
  return matches;
}

/**
 * Matches steps[index..] with the first step at `position` or within its gap after the previous step, writing
 * the matched positions into `positions[index..]`. Returns how many of the matched words are exact, or -1 when
 * the phrase does not match. Tries every position inside the gap (phrases are short), so "is * a sign" finds
 * "is a swollen calf a sign".
 */
function matchFrom(
  steps: readonly Step[],
  index: number,
  position: number,
  clause: number,
  tokens: readonly MessageToken[],
  stepAt: (step: Step, position: number) => boolean | undefined,
  positions: number[],
): number {
  const step = steps[index];
  if (step === undefined) return 0;
  const last = index === 0 ? position : position + step.maxGap;
  for (let p = position; p <= last && p < tokens.length; p += 1) {
    if (tokens[p]?.clause !== clause) break;
    const hit = stepAt(step, p);
    if (hit === undefined) continue;
    positions[index] = p;
    const rest = matchFrom(steps, index + 1, p + 1, clause, tokens, stepAt, positions);
    if (rest >= 0) return rest + (hit ? 1 : 0);
  }
  return -1;
}

const isBackground = (match: PhraseMatch): boolean =>
  match.roles.every((role) => role.kind === 'concept' && role.background === true);

const isOverlay = (role: PhraseRole): boolean => role.kind === 'concept' && role.overlay === true;

/**
 * Keep the best of any matches that share a word: more words first, then more exact words, then the one
 * covering more of the text ("dark * urine" over "dark red"), then the earlier.
 * Background phrases ("both my legs", an `unless` context) are kept without hiding the words inside them; a
 * negation stop ("and my") hides its words from other cues but not from concepts.
 * The safety net's own meanings of a phrase (`overlay`) are split off first and kept unless a longer `ignore`
 * phrase takes their words: "stiff" is still a bodily feeling when the longer "neck * stiff" takes the word for a
 * red flag, but not in "on a tight budget".
 */
function resolveOverlaps(found: PhraseMatch[]): PhraseMatch[] {
  const overlay: PhraseMatch[] = [];
  const matches: PhraseMatch[] = [];
  for (const match of found) {
    const net = match.roles.filter(isOverlay);
    const rest = match.roles.filter((role) => !isOverlay(role));
    if (net.length > 0) overlay.push(rest.length === 0 ? match : { ...match, roles: net });
    if (rest.length > 0) matches.push(net.length === 0 ? match : { ...match, roles: rest });
  }
  const background = matches.filter(isBackground);
  const ordered = matches
    .filter((match) => !isBackground(match))
    .sort(
      (a, b) =>
        b.positions.length - a.positions.length ||
        b.exact - a.exact ||
        b.end - b.start - (a.end - a.start) ||
        a.start - b.start,
    );
  const taken = new Set<number>();
  // Words a negation stop holds ("and my" in "me and my son"): the stop only marks where a negation ends, so a
  // concept may still read them ("my son" is still a child); other cues may not.
  const stopWords = new Set<number>();
  const kept: PhraseMatch[] = [];
  for (const match of ordered) {
    // A concept, or a word that tells the time as now ("and now", "and she is"), may read a stop's words.
    const readsStops = match.roles.some(
      (role) => role.kind === 'concept' || role.kind === 'present' || role.kind === 'present-tense',
    );
    if (match.positions.some((position) => taken.has(position) || (!readsStops && stopWords.has(position))))
      continue;
    const stop = match.roles.every((role) => role.kind === 'negation-stop');
    for (const position of match.positions) (stop ? stopWords : taken).add(position);
    kept.push(match);
  }
  // A look-alike the curators named (`ignore`: "on a tight budget", "hot bath") means nothing clinical to the safety
  // net either: it hides a shorter net-only meaning of its words too.
  const ignored = kept.filter((match) => match.roles.every((role) => role.kind === 'ignore'));
  const netKept = overlay.filter(
    (match) =>
      !ignored.some(
        (ignore) =>
          ignore.positions.length > match.positions.length &&
          match.positions.some((position) => ignore.positions.includes(position)),
      ),
  );
  return [...kept, ...background, ...netKept].sort((a, b) => a.start - b.start);
}
