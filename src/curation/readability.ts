/**
 * Flesch-Kincaid grade level, the formula most patient-education guidance quotes:
 *   0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 * Syllables are estimated by counting vowel groups with the usual English corrections (silent final "e",
 * "-le" endings). The estimate is within one syllable for nearly all words, which is precise enough for a
 * ceiling check.
 */
export function fleschKincaidGrade(text: string): number {
  const sentences = Math.max(
    1,
    text.split(/[.!?]+(?:\s|$)|\n\s*[-•]/).filter((s) => /[a-z]/i.test(s)).length,
  );
  const words = text.match(/[a-z][a-z'’-]*/gi) ?? [];
  if (words.length === 0) return 0;
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
}

export function countSyllables(rawWord: string): number {
  const word = rawWord.toLowerCase().replace(/[^a-z]/g, '');
  if (word.length <= 3) return 1;
  const trimmed = word.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}
