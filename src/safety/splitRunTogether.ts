/**
 * Words typed without the space between them ("rightcalf swolen sinceyesterday", a cracked screen or a hurried
 * thumb): a message word that is neither a triage word (nor a stem or typo of one) nor an everyday English word is
 * read as two words when it splits into two that are each one or the other ("rightcalf" → "right calf"). Only
 * words the screen cannot read at all are split, so "overdosed" (a triage word by its stem) and "breakfast" (an
 * everyday word) are never cut; each part has at least four letters, or three when it is a triage word
 * ("legcramp"). A vitamin with its letter attached ("vitD", "vitaminB12") and "a" typed onto a unit ("aday",
 * "alot") are the exceptions.
 */
import type { MessageToken } from './segmentMessage';

export interface RunTogetherReading {
  /** Whether the screen reads the word as it stands (a triage word, its stem or a typo of one). */
  reads(word: string): boolean;
  /** Whether a part is a triage word exactly: a set lookup, as each cut of a word tries two parts. */
  isTriageWord(word: string): boolean;
  /** Whether the word is an English word at all (even a rare one): such a word is never cut. */
  isWord(word: string): boolean;
  /** Whether a part is a common English word. */
  isCommon(word: string): boolean;
}

const MIN_WORD = 7;
/** Longer "words" are not two run together (a pasted link, a key mash): never tried, so no message costs more. */
const MAX_WORD = 24;
/** A vitamin typed with its letter attached ("vitD", "vitaminB12"): the name and the letter. */
const VITAMIN_AND_LETTER = /^(vitamin|vit)(d3|d2|d|b12|b1|b6|b|c|k2|k|e|a)$/;
/** "a" typed onto a unit of time or amount ("aday", "aweek", "alot"). */
const A_AND_UNIT = /^(a|an)(day|night|week|month|year|hour|lot|bit)$/;
const MIN_PART = 3;
const LETTERS = /^[a-z]+$/;

/** Whether the screen can read a (normalised) word as typed: an English word, or a triage word, its stem or a typo. */
export const readsAsTyped = (word: string, reading: RunTogetherReading): boolean =>
  reading.isWord(word) || reading.reads(word);

/** The two words `word` was typed from, or undefined when it stands as typed. */
export function splitRunTogether(word: string, reading: RunTogetherReading): [string, string] | undefined {
  const fused = VITAMIN_AND_LETTER.exec(word) ?? A_AND_UNIT.exec(word);
  if (fused) return [fused[1] ?? '', fused[2] ?? ''];
  if (word.length < MIN_WORD || word.length > MAX_WORD || !LETTERS.test(word) || readsAsTyped(word, reading))
    return undefined;
  // A three-letter part must be a triage word ("legcramp"): short common words ("sam", "ten") cut too much.
  const known = (part: string) =>
    part.length > MIN_PART
      ? reading.isCommon(part) || reading.isTriageWord(part)
      : reading.isTriageWord(part);
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut += 1) {
    const first = word.slice(0, cut);
    const second = word.slice(cut);
    if (known(first) && known(second)) return [first, second];
  }
  return undefined;
}

/** The tokens with every run-together word read as its two words (same sentence, clause and chunk). */
export function splitRunTogetherTokens(tokens: MessageToken[], reading: RunTogetherReading): MessageToken[] {
  let out: MessageToken[] | undefined;
  tokens.forEach((token, i) => {
    const parts = splitRunTogether(token.word, reading);
    if (parts === undefined) {
      out?.push(token);
      return;
    }
    out ??= tokens.slice(0, i);
    for (const word of parts) out.push({ ...token, word });
  });
  return out ?? tokens;
}
