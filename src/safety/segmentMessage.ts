/**
 * Splits a message into words that remember where they stand: which sentence, which clause (a sentence cut at
 * words like "but") and which chunk (a clause cut at a comma that starts a new statement: ", my calf is..." or
 * ", and now my chest hurts", but not the list comma of "a red, hot, swollen calf"), and which bracket, if any, it
 * stands in or is followed by (an aside about the statement before it: "cramps every night (when he was a baby,
 * he's 5 now)"). Context cues reach different distances: a negation crosses commas ("not red, warm or swollen") but
 * not "but"; a "what if" stops at the next statement.
 */
import { expandWordAt, joinDigitGroups, normalizeText, tokenize } from '../text';

export interface MessageToken {
  word: string;
  sentence: number;
  clause: number;
  chunk: number;
  /** The bracket the word stands in (numbered from 0 in message order), or -1 outside brackets. */
  aside: number;
  /** Outside brackets, the bracket that follows this word's chunk directly ("cramps every night (years ago)"). */
  asideAfter: number;
}

export interface SegmentOptions {
  /** Words that end a clause and are dropped ("but"). */
  breakers: ReadonlySet<string>;
  /** Words that, right after a comma, start a new chunk. */
  newStatementWords: ReadonlySet<string>;
  /** Words that may stand between that comma and that word (", and now …", ", then my …"). */
  statementJoiners?: ReadonlySet<string>;
  /** Verbs that, second after a comma, make the word before them a new statement's subject (", calves are …"). */
  statementVerbs?: ReadonlySet<string>;
}

/** Stand-ins for punctuation that normalizeText would drop: letters only, so they survive it as words. */
const SENTENCE_MARK = 'qqsentenceqq';
const COMMA_MARK = 'qqcommaqq';
const OPEN_MARK = 'qqopenqq';
const CLOSE_MARK = 'qqcloseqq';
const MARKS: ReadonlySet<string> = new Set([SENTENCE_MARK, COMMA_MARK, OPEN_MARK, CLOSE_MARK]);

export function segmentMessage(raw: string, options: SegmentOptions): MessageToken[] {
  const { breakers, newStatementWords } = options;
  const joiners = options.statementJoiners ?? new Set<string>();
  const verbs = options.statementVerbs ?? new Set<string>();
  // A decimal point ("1.5 mg") is not a sentence end; an emoji is, as texters punctuate with them ("… is hard 😭 havent
  // had a jab since i was a kid"). Normalising once, with marks, is much cheaper than per part.
  const marked = joinDigitGroups(raw)
    .replace(
      /(?<!\d)[.!?;…]+|[.!?;…]+(?!\d)|\n+|(?:\p{Extended_Pictographic}(?:[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D)*)+/gu,
      ` ${SENTENCE_MARK} `,
    )
    .replace(/\(/g, ` ${OPEN_MARK} `)
    .replace(/\)/g, ` ${CLOSE_MARK} `)
    .replace(/[,{}[\]–—]|\s-\s/g, ` ${COMMA_MARK} `);
  const tokens: MessageToken[] = [];
  let sentence = 0;
  let clause = 0;
  let chunk = 0;
  let afterComma = false;
  let asides = 0;
  let aside = -1;
  const words = tokenize(normalizeText(marked));
  // A mark is no word beside a dialect spelling: "aw, ..." is the sigh, not "all" (src/text/dialect.ts).
  const neighbours = words.map((word) => (MARKS.has(word) ? '' : word));
  for (let index = 0; index < words.length; index += 1) {
    const normalized = words[index] ?? '';
    if (normalized === OPEN_MARK || normalized === CLOSE_MARK) {
      // A bracket cuts like a comma. The words before an opening bracket learn which bracket follows them.
      if (normalized === OPEN_MARK && aside === -1) {
        for (let i = tokens.length - 1; i >= 0; i -= 1) {
          const token = tokens[i];
          if (token === undefined || token.chunk !== chunk || token.aside !== -1) break;
          token.asideAfter = asides;
        }
        aside = asides;
        asides += 1;
      } else if (normalized === CLOSE_MARK) aside = -1;
      afterComma = true;
      continue;
    }
    if (normalized === SENTENCE_MARK) {
      sentence += 1;
      clause += 1;
      chunk += 1;
      afterComma = false;
      continue;
    }
    if (normalized === COMMA_MARK) {
      afterComma = true;
      continue;
    }
    // A subject with its own verb after a comma ("no warm-up, calves are agony") is a new statement too.
    const subjectOfVerb = verbs.has(words[index + 1] ?? '');
    for (const word of expandWordAt(neighbours, index)) {
      if (afterComma && (newStatementWords.has(word) || subjectOfVerb)) chunk += 1;
      // ", and now my chest hurts": the joiner keeps the comma's place for the word after it.
      afterComma = afterComma && joiners.has(word) && !newStatementWords.has(word);
      if (breakers.has(word)) {
        clause += 1;
        chunk += 1;
        continue;
      }
      tokens.push({ word, sentence, clause, chunk, aside, asideAfter: -1 });
    }
  }
  return tokens;
}

/** Whether `words` stand in the message from token `start` on, one after another ("have i" before "overdosed"). */
export function wordsAt(tokens: readonly MessageToken[], start: number, words: readonly string[]): boolean {
  return start >= 0 && words.every((word, i) => tokens[start + i]?.word === word);
}
