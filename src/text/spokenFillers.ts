/**
 * What people type when they write as they speak, read before case and punctuation are lost, because only they tell
 * the filler from the word it looks like:
 *
 * - a hesitation "er" ("listeners... er, I mean, chatbot!", "I was, er, wondering", "um er hello"), set off by
 *   punctuation on both sides or beside another hesitation, is no word at all, never the ER (emergency room). The ER
 *   stays wherever it is a place: written "ER" in capitals, after a word that leads to a place ("the ER", "to er",
 *   "in ER", "my local er") or in a sentence's run ("ER doctor", "went to er last night");
 * - "I mean," and "I meant," opening a clause and followed by a comma, an ellipsis or a dash restate what was said:
 *   they ask no meaning ("what do you mean by cramp" still does);
 * - the Newfoundland "b'y" ("how's she goin', b'y?") is "boy", an address, never vitamin B.
 *
 * Conservative by design: anything else is returned unchanged.
 */

/** Hesitations typed as words: beside one of these, "er" is one too ("um, er"). */
const HESITATIONS = new Set(['er', 'err', 'errr', 'erm', 'um', 'umm', 'uh', 'uhh', 'uhm', 'hmm', 'ah']);
/** Words before "er" that make it a place: "the ER", "to er", "in ER", "my local er", "an ER". */
const LEADS_TO_A_PLACE = new Set([
  'the',
  'a',
  'an',
  'to',
  'in',
  'into',
  'at',
  'from',
  'my',
  'our',
  'your',
  'their',
  'his',
  'her',
  'this',
  'that',
  'local',
  'nearest',
  'same',
  'busy',
  'via',
  'by',
  'visit',
  'visited',
  'visiting',
]);

/** "er" (or "err", "errr") as a word of its own. */
const ER = /(?<![\p{L}\p{N}&'])(e)(r+)(?![\p{L}\p{N}&'])/giu;
/** What sets a hesitation off: punctuation (not an apostrophe or "&"), or the start or end of the text. */
const SET_OFF_BEFORE = /(?:^|[,.…!?;:()\-–—])\s*$/u;
const SET_OFF_AFTER = /^\s*(?:$|[,.…!?;:()\-–—])/u;
/** The word just before and just after a position. */
const WORD_BEFORE = /([\p{L}\p{N}&']+)[^\p{L}\p{N}&']*$/u;
const WORD_AFTER = /^[^\p{L}\p{N}&']*([\p{L}\p{N}&']+)/u;
/** "I mean," or "I meant…" opening a clause. */
const I_MEAN = /(^|[,.…!?;:()\-–—]\s*)i\s+mean[t]?\s*(?=[,…\-–—]|\.{2,})/giu;
/** The Newfoundland "b'y" (boy), with a straight or curly apostrophe. */
const BY = /(?<![\p{L}\p{N}])b['’]y(?![\p{L}\p{N}])/giu;

/** Whether `text` may hold any filler read here: most messages hold none. */
const ANY = /\b(?:er+|i\s+meant?|b['’]y)\b/iu;

/** `raw` with hesitations, "I mean," and "b'y" read as said (see above); anything else unchanged. */
export function readSpokenFillers(raw: string): string {
  if (!ANY.test(raw)) return raw;
  const text = raw.replace(BY, 'boy').replace(I_MEAN, '$1');
  return text.replace(ER, (match: string, e: string, r: string, offset: number) => {
    // "ER" in capitals is the place, however it is punctuated.
    if (e === 'E' && r === 'R') return match;
    const before = text.slice(0, offset);
    const after = text.slice(offset + match.length);
    const previous = WORD_BEFORE.exec(before)?.[1]?.toLowerCase() ?? '';
    if (LEADS_TO_A_PLACE.has(previous) && !SET_OFF_BEFORE.test(before)) return match;
    const next = WORD_AFTER.exec(after)?.[1]?.toLowerCase() ?? '';
    const setOff = SET_OFF_BEFORE.test(before) && SET_OFF_AFTER.test(after);
    const besideAnother =
      (HESITATIONS.has(previous) && previous !== 'er') || (HESITATIONS.has(next) && next !== 'er');
    return setOff || besideAnother ? '' : match;
  });
}
