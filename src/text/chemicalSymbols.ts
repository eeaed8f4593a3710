/**
 * The chemical symbols of the minerals, as clinical shorthand writes them ("low Mg", "Ca or Mg", "is K in the
 * U&E", "Mg2+", "K+"), read as the minerals' names. Read on the raw text, before it is lower-cased, because only
 * the capitalisation tells the symbol from an everyday word: "Mg" is magnesium where "mg" is milligrams, "Ca" is
 * calcium where "ca" is circa, "Na" is sodium where "na" is Scots "no".
 *
 * Conservative by design. A symbol is read only written exactly so (capital, then small letter), standing as a
 * word of its own; never after a number ("400 Mg" is a dose, "5K" a race); "K" never after "vitamin" or "vit"
 * (vitamin K); "K" and "Na" never as the first word of a message ("K thanks" is "OK", "Na, never" is "no").
 */
const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['Mg', 'magnesium'],
  ['Ca', 'calcium'],
  ['K', 'potassium'],
  ['Na', 'sodium'],
]);

/** A symbol as a word of its own, with an optional ion charge ("Ca2+", "K+"). */
const SYMBOL = /(?<![\p{L}\p{N}])(Mg|Ca|K|Na)(?:2?\+)?(?![\p{L}\p{N}])/gu;
/** Text ending in a number, perhaps with a space: the symbol after it is a unit. */
const AFTER_NUMBER = /\d\s*$/;
/** Text ending in "vitamin" or "vit" (any case): "K" after it is vitamin K. */
const AFTER_VITAMIN = /\bvit(?:amin)?\.?\s*$/i;
/** Text before the symbol that holds no letter or digit: the symbol is the message's first word. */
const NOTHING_BEFORE = /^[^\p{L}\p{N}]*$/u;

/** The raw text with each mineral's chemical symbol written as the mineral's name; anything else unchanged. */
export function readChemicalSymbols(raw: string): string {
  if (!/[MCKN]/.test(raw)) return raw;
  return raw.replace(SYMBOL, (match: string, symbol: string, offset: number) => {
    const before = raw.slice(0, offset);
    if (AFTER_NUMBER.test(before)) return match;
    if (symbol === 'K' && AFTER_VITAMIN.test(before)) return match;
    if ((symbol === 'K' || symbol === 'Na') && NOTHING_BEFORE.test(before)) return match;
    return SYMBOLS.get(symbol) ?? match;
  });
}
