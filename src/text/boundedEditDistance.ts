// Read once: under jest a global such as `Math` is slow to look up (src/engine/LogisticRegression.ts), and the typo
// corrector runs this for many word pairs.
const { abs, min } = Math;

/**
 * Optimal-string-alignment distance (Levenshtein plus swapping two neighbouring letters, the commonest typo),
 * abandoned as soon as it must exceed `max`. Returns `max + 1` for "too far".
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (abs(a.length - b.length) > max) return max + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = min(value, (previousPrevious[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMin = min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previousPrevious = previous;
    previous = current;
  }
  return min(previous[b.length] ?? max + 1, max + 1);
}
