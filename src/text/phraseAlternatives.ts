/**
 * Bracketed alternatives in a phrase of knowledge/safety.yaml: "(laptop|printer|washing machine) * seizure" is
 * three phrases, one per option, and "(the|) pot is empty" makes "the" optional. A phrase may hold several groups
 * (every combination is a phrase); groups do not nest. The schema rejects a malformed group before this runs
 * (`alternativesProblem`), so here every group is well formed.
 */
const GROUP = /\(([^()]*)\)/;

export function expandAlternatives(phrase: string): string[] {
  const group = GROUP.exec(phrase);
  if (group === null) return [phrase];
  const before = phrase.slice(0, group.index);
  const after = phrase.slice(group.index + group[0].length);
  return group[1]
    .split('|')
    .flatMap((option) => expandAlternatives(`${before}${option.trim()}${after}`.replace(/\s+/g, ' ').trim()));
}

/** Why a phrase's brackets are malformed, or undefined when they are fine (or absent). */
export function alternativesProblem(phrase: string): string | undefined {
  let depth = 0;
  let options = 0;
  let filled = 0;
  let current = '';
  for (const char of phrase) {
    if (char === '(') {
      if (depth > 0) return 'brackets of alternatives do not nest';
      depth = 1;
      options = 1;
      filled = 0;
      current = '';
    } else if (char === ')') {
      if (depth === 0) return 'a ")" has no "(" before it';
      if (current.trim() !== '') filled += 1;
      if (options < 2) return 'brackets need two or more alternatives separated by "|"';
      if (filled === 0) return 'brackets need at least one alternative that is not empty';
      depth = 0;
    } else if (char === '|') {
      if (depth === 0) return '"|" stands outside brackets (write "(a|b)")';
      if (current.trim() !== '') filled += 1;
      options += 1;
      current = '';
    } else if (depth > 0) current += char;
  }
  return depth > 0 ? 'a "(" is never closed' : undefined;
}
