/** Numbers people type in words, for durations and doses ("twenty minutes", "a dozen pills"). */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    fifteen: 15,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    ninety: 90,
    hundred: 100,
    dozen: 12,
    couple: 2,
    few: 3,
    several: 4,
  }),
);

/**
 * "50,000" → "50000": thousands separators would otherwise split a number at the comma. A space (or a no-break or
 * thin space) separates thousands too where people write "50 000 units" (South Africa, much of Europe); it is
 * joined only before a group of zeros, since "20 500 mg tablets" is twenty tablets of 500 mg.
 */
export function joinDigitGroups(raw: string): string {
  return raw
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(/(?<![\d.,])\d{1,3}(?:[ \u00a0\u2009\u202f]000)+(?![\d.,]\d)/g, (group) =>
      group.replace(/\D/g, ''),
    );
}

/** The value of a digit string or number word, or undefined when the word is not a number (a Map, so
 * "constructor" is not a number). */
export function parseNumber(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS.get(word);
}
