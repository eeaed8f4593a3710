/**
 * A name is not a statement. After a naming word ("called", "named", "titled"), a title in quotes ("a play called
 * 'The Seizure of the Castle'") or in capitals ("a band called Cardiac Arrest") names a thing; the danger words in
 * it describe no one. The title is blanked before the message is read, so a school play, a film or a band keeps
 * its name out of triage. Words after a naming word that are neither quoted nor capitalised are read as usual
 * ("she called out that she cannot breathe").
 */

const QUOTED = String.raw`["'“‘]([^"“”‘’\n]{1,80}?)["'”’]`;
const SMALL = String.raw`(?:of|the|a|an|and|in|on|at|to|for|my|our)`;
const CAPITALISED = String.raw`[A-Z][\w'’-]*(?:\s+(?:${SMALL}\s+)*[A-Z][\w'’-]*)*`;
const AFTER_WORD = new RegExp(String.raw`\b([A-Za-z]+)\s+(${QUOTED}|${CAPITALISED})`, 'g');

export function dropNamedTitles(raw: string, namingWords: ReadonlySet<string>): string {
  if (namingWords.size === 0) return raw;
  return raw.replace(AFTER_WORD, (whole, word: string, title: string) =>
    namingWords.has(word.toLowerCase()) ? whole.slice(0, whole.length - title.length) : whole,
  );
}
