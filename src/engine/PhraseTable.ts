/**
 * Finds multi-word phrases in a token sequence, longest match first, in one left-to-right pass: the
 * mechanism behind synonyms ("charley horse" → "leg cramp"), nutrient aliases ("vitamin b 12" → the
 * vitamin-b12 token), facet cues ("how much") and uncovered topics ("vitamin c").
 */
export class PhraseTable<V> {
  private readonly root: TrieNode<V> = { next: new Map() };
  private longest = 0;

  add(tokens: readonly string[], value: V): void {
    if (tokens.length === 0) return;
    let node = this.root;
    for (const token of tokens) {
      let child = node.next.get(token);
      if (!child) {
        child = { next: new Map() };
        node.next.set(token, child);
      }
      node = child;
    }
    // The first definition wins, so curators' earlier lines take precedence over later duplicates.
    if (node.value === undefined) node.value = value;
    this.longest = Math.max(this.longest, tokens.length);
  }

  /** Every non-overlapping match, longest first at each position. */
  findAll(tokens: readonly string[]): Array<{ start: number; end: number; value: V }> {
    const matches: Array<{ start: number; end: number; value: V }> = [];
    let i = 0;
    while (i < tokens.length) {
      const match = this.matchAt(tokens, i);
      if (match) {
        matches.push({ start: i, end: match.end, value: match.value });
        i = match.end;
      } else i++;
    }
    return matches;
  }

  private matchAt(tokens: readonly string[], start: number): { end: number; value: V } | undefined {
    let node: TrieNode<V> | undefined = this.root;
    let found: { end: number; value: V } | undefined;
    for (let i = start; i < tokens.length && i - start < this.longest; i++) {
      node = node.next.get(tokens[i]);
      if (!node) break;
      if (node.value !== undefined) found = { end: i + 1, value: node.value };
    }
    return found;
  }
}

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  value?: V;
}
