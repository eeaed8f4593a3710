/**
 * Splits a message into words that remember where they stand: which sentence, which clause (a sentence cut at
 * words like "but") and which chunk (a clause cut at a comma that starts a new statement: ", my calf is..."
 * but not the list comma of "a red, hot, swollen calf"). Context cues reach different distances: a negation
 * crosses commas ("not red, warm or swollen") but not "but"; a "what if" stops at the next statement.
 */
import { normalizeText, tokenize } from '../text';

export interface MessageToken {
  word: string;
  sentence: number;
  clause: number;
  chunk: number;
}

/** Contractions typed without an apostrophe, which normalizeText cannot see. */
const BARE_CONTRACTIONS: Readonly<Record<string, readonly string[]>> = {
  cant: ['can', 'not'],
  cannot: ['can', 'not'],
  dont: ['do', 'not'],
  doesnt: ['does', 'not'],
  didnt: ['did', 'not'],
  wont: ['will', 'not'],
  isnt: ['is', 'not'],
  arent: ['are', 'not'],
  wasnt: ['was', 'not'],
  werent: ['were', 'not'],
  couldnt: ['could', 'not'],
  wouldnt: ['would', 'not'],
  shouldnt: ['should', 'not'],
  havent: ['have', 'not'],
  hasnt: ['has', 'not'],
  hadnt: ['had', 'not'],
  aint: ['is', 'not'],
  im: ['i', 'am'],
  ive: ['i', 'have'],
  thats: ['that', 'is'],
  whats: ['what', 'is'],
  hes: ['he', 'is'],
  shes: ['she', 'is'],
  theyre: ['they', 'are'],
};

/** "1000mg" → "1000 mg", "20mins" → "20 mins": a dose or duration glued to its unit. */
const NUMBER_WITH_UNIT = /^(\d+)([a-z]+)$/;

export function expandWord(word: string): readonly string[] {
  const bare = BARE_CONTRACTIONS[word];
  if (bare) return bare;
  const unit = NUMBER_WITH_UNIT.exec(word);
  if (unit?.[1] !== undefined && unit[2] !== undefined) return [unit[1], unit[2]];
  return [word];
}

export interface SegmentOptions {
  /** Words that end a clause and are dropped ("but"). */
  breakers: ReadonlySet<string>;
  /** Words that, right after a comma, start a new chunk. */
  newStatementWords: ReadonlySet<string>;
}

export function segmentMessage(raw: string, options: SegmentOptions): MessageToken[] {
  const { breakers, newStatementWords } = options;
  const tokens: MessageToken[] = [];
  let clause = 0;
  let chunk = 0;
  // A decimal point ("1.5 mg") is not a sentence end.
  const sentences = raw.split(/(?<!\d)[.!?;…]+|[.!?;…]+(?!\d)|\n+/);
  sentences.forEach((sentenceText, sentence) => {
    for (const [index, chunkText] of sentenceText.split(/[,(){}[\]–—]|\s-\s/).entries()) {
      const words = tokenize(normalizeText(chunkText)).flatMap(expandWord);
      if (index > 0 && !newStatementWords.has(words[0] ?? '')) chunk -= 1;
      for (const word of words) {
        if (breakers.has(word)) {
          clause += 1;
          chunk += 1;
          continue;
        }
        tokens.push({ word, sentence, clause, chunk });
      }
      chunk += 1;
    }
    clause += 1;
    chunk += 1;
  });
  return tokens;
}
