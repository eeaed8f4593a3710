/**
 * Compiles every phrase of knowledge/safety.yaml (concept phrases and context cues) into step lists indexed by
 * their first word, and finds them in a message. Phrase syntax, for curators:
 *   - words match by stem and tolerate typos (see createWordMatcher);
 *   - one extra word may stand between two phrase words ("heart racing" ~ "heart is racing");
 *   - "*" lets up to four words stand there ("can * cause" ~ "can low potassium cause");
 *   - "#" matches any number, "10+" one of 10 or more, "0-15" one from 0 to 15 (digits or number words).
 * When found phrases share a word, the one matching more words wins, then the one with more exact words: that
 * is how "hot bath" (ignored) beats "hot" (a sign of a clot), and "can not breathe" beats the negation "not".
 */
import { normalizeText, tokenize } from '../text';
import { createWordMatcher, type WordMatcher } from './createWordMatcher';
import { parseNumber } from './parseNumber';
import { expandWord, type MessageToken } from './segmentMessage';

/** What a phrase means: a concept name, or one of the context roles. */
export type PhraseRole =
  /** `background`: a concept only used in `unless` lists; its phrases never hide the words they contain. */
  | { kind: 'concept'; name: string; background?: boolean }
  | { kind: 'negation-before' | 'negation-after' | 'negation-stop' | 'not-negation' }
  | { kind: 'past' | 'present' | 'hypothetical' | 'general' | 'ignore' };

type Step =
  | { type: 'word'; word: string; maxGap: number }
  | { type: 'number'; min: number; max: number; maxGap: number };

interface CompiledPhrase {
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

export interface PhraseIndex {
  find(tokens: readonly MessageToken[]): PhraseMatch[];
}

const DEFAULT_GAP = 1;
const WILDCARD_GAP = 4;
const NUMBER_KEY = '#number';
const NUMBER_STEP = /^(?:#|(\d+)\+|(\d+)-(\d+))$/;

function compileSteps(phrase: string, sameWords: ReadonlyMap<string, string>): Step[] {
  const steps: Step[] = [];
  let gap = 0;
  for (const raw of phrase.trim().toLowerCase().split(/\s+/)) {
    if (raw === '*') {
      gap = WILDCARD_GAP;
      continue;
    }
    const numberStep = NUMBER_STEP.exec(raw);
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
      for (const word of tokenize(normalizeText(raw)).flatMap(expandWord)) {
        steps.push({ type: 'word', word: sameWords.get(word) ?? word, maxGap: gap });
        gap = 0;
      }
    }
    gap = steps.length === 0 ? 0 : Math.max(gap, DEFAULT_GAP);
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
  const byText = new Map<string, CompiledPhrase>();
  for (const { phrase, role } of entries) {
    const steps = compileSteps(phrase, sameWords);
    if (steps.length === 0) continue;
    const key = steps
      .map((step) => (step.type === 'word' ? `${step.word}/${step.maxGap}` : `#/${step.min}-${step.max}`))
      .join(' ');
    const existing = byText.get(key);
    if (existing) existing.roles.push(role);
    else {
      const words = [...new Set(steps.flatMap((step) => (step.type === 'word' ? [step.word] : [])))];
      byText.set(key, { text: phrase, steps, roles: [role], words });
    }
  }
  const byFirstWord = new Map<string, CompiledPhrase[]>();
  const vocabulary = new Set<string>();
  for (const compiled of byText.values()) {
    for (const step of compiled.steps) if (step.type === 'word') vocabulary.add(step.word);
    const first = compiled.steps[0];
    const key = first === undefined || first.type === 'number' ? NUMBER_KEY : first.word;
    byFirstWord.set(key, [...(byFirstWord.get(key) ?? []), compiled]);
  }
  const matcher = createWordMatcher(vocabulary);
  return {
    find: (tokens) => resolveOverlaps(findAll(tokens, byFirstWord, matcher, sameWords)),
  };
}

function findAll(
  tokens: readonly MessageToken[],
  byFirstWord: ReadonlyMap<string, readonly CompiledPhrase[]>,
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
    for (const hit of hits[position] ?? []) if (hit.word === step.word) return hit.exact;
    return undefined;
  };
  const matches: PhraseMatch[] = [];
  const tryPhrases = (
    phrases: readonly CompiledPhrase[] | undefined,
    start: number,
    clause: number,
  ): void => {
    for (const phrase of phrases ?? []) {
      if (!phrase.words.every((word) => present.has(word))) continue;
      const found = matchFrom(phrase.steps, 0, start, clause, tokens, stepAt);
      if (found !== undefined) {
        const end = found.positions[found.positions.length - 1] ?? start;
        matches.push({
          phrase: phrase.text,
          roles: phrase.roles,
          positions: found.positions,
          start,
          end,
          exact: found.exact,
        });
      }
    }
  };
  tokens.forEach((token, start) => {
    for (const hit of hits[start] ?? []) tryPhrases(byFirstWord.get(hit.word), start, token.clause);
    if (numbers[start] !== undefined) tryPhrases(byFirstWord.get(NUMBER_KEY), start, token.clause);
  });
  return matches;
}

/**
 * Matches steps[index..] with the first step at `position` or within its gap after `previous`. Tries every
 * position inside the gap (phrases are short), so "is * a sign" finds "is a swollen calf a sign".
 */
function matchFrom(
  steps: readonly Step[],
  index: number,
  position: number,
  clause: number,
  tokens: readonly MessageToken[],
  stepAt: (step: Step, position: number) => boolean | undefined,
): { positions: number[]; exact: number } | undefined {
  const step = steps[index];
  if (step === undefined) return { positions: [], exact: 0 };
  if (steps.length === 1) {
    const hit = stepAt(step, position);
    return hit === undefined ? undefined : { positions: [position], exact: hit ? 1 : 0 };
  }
  const last = index === 0 ? position : position + step.maxGap;
  for (let p = position; p <= last && p < tokens.length; p += 1) {
    if (tokens[p]?.clause !== clause) break;
    const hit = stepAt(step, p);
    if (hit === undefined) continue;
    const rest = matchFrom(steps, index + 1, p + 1, clause, tokens, stepAt);
    if (rest !== undefined) return { positions: [p, ...rest.positions], exact: rest.exact + (hit ? 1 : 0) };
  }
  return undefined;
}

const isBackground = (match: PhraseMatch): boolean =>
  match.roles.every((role) => role.kind === 'concept' && role.background === true);

/**
 * Keep the best of any matches that share a word: more words first, then more exact words, then the one
 * covering more of the text ("dark * urine" over "dark red"), then the earlier.
 * Background phrases ("both my legs", an `unless` context) are kept without hiding the words inside them.
 */
function resolveOverlaps(matches: PhraseMatch[]): PhraseMatch[] {
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
  const kept: PhraseMatch[] = [];
  for (const match of ordered) {
    if (match.positions.some((position) => taken.has(position))) continue;
    for (const position of match.positions) taken.add(position);
    kept.push(match);
  }
  return [...kept, ...background].sort((a, b) => a.start - b.start);
}
