/**
 * A word's consonant skeleton as it sounds, for spellings written by ear ("minits" for "minutes", "dubble" for
 * "double", "sieze" for "seize"): lower-case letters only; "ph" and "gh" are "f" (so "lugging" is not "laughing"), "ck" and "q" are "k", "c" before e, i or y
 * is "s", other "c" is "k", "z" is "s", "x" is "ks"; the vowels and y, w and h after the first letter are dropped;
 * and a letter doubled is one. Two words with the same key and a short edit distance are the same word misspelt,
 * where two typos alone would be too loose a reading.
 */
export function soundKey(word: string): string {
  const spelled = word
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ph|gh/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/z/g, 's')
    .replace(/x/g, 'ks');
  if (spelled === '') return '';
  const rest = spelled.slice(1).replace(/[aeiouyhw]/g, '');
  return (spelled[0] + rest).replace(/(.)\1+/g, '$1');
}
