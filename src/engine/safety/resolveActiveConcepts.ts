/**
 * Decides which concepts a message really asserts. A concept phrase found in the message is dropped when
 *   - a negation reaches it ("no swelling", "not red or warm", "the swelling has gone down");
 * and, for triage only, when its clause is
 *   - long ago or long-standing ("I had a clot 5 years ago", unless a later cue brings it to now: "...and now
 *     my calf is swollen again"),
 *   - imagined ("what if my leg swells"), or
 *   - a general question ("what are the signs of a clot in the leg").
 * Scope checks use the negation-only set: "can children take magnesium?" is about a child even though it is a
 * general question.
 */
import type { PhraseMatch, PhraseRole } from './compilePhraseIndex';
import type { MessageToken } from './segmentMessage';

export interface ActiveConcepts {
  /** Concepts asserted as happening now: what triage uses. */
  current: ReadonlySet<string>;
  /** Concepts mentioned and not denied: what scope checks use. */
  mentioned: ReadonlySet<string>;
}

type CueKind = Exclude<PhraseRole['kind'], 'concept'>;

function hasRole(match: PhraseMatch, kind: CueKind): boolean {
  return match.roles.some((role) => role.kind === kind);
}

export function resolveActiveConcepts(
  tokens: readonly MessageToken[],
  matches: readonly PhraseMatch[],
  negationWindow: number,
): ActiveConcepts {
  const chunkOf = (match: PhraseMatch): number => tokens[match.start]?.chunk ?? -1;
  const clauseOf = (match: PhraseMatch): number => tokens[match.start]?.clause ?? -1;
  const cues = (kind: CueKind): PhraseMatch[] => matches.filter((match) => hasRole(match, kind));
  const before = cues('negation-before');
  const after = cues('negation-after');
  const stops = cues('negation-stop');
  const past = cues('past');
  const present = cues('present');
  const framing = [...cues('hypothetical'), ...cues('general')];

  const stopBetween = (from: number, to: number): boolean =>
    stops.some((stop) => stop.start > from && stop.start < to);

  const isNegated = (match: PhraseMatch): boolean =>
    before.some(
      (cue) =>
        clauseOf(cue) === clauseOf(match) &&
        cue.end < match.start &&
        match.start - cue.end <= negationWindow &&
        !stopBetween(cue.end, match.start),
    ) ||
    after.some(
      (cue) =>
        clauseOf(cue) === clauseOf(match) &&
        match.end < cue.start &&
        cue.start - match.end <= negationWindow &&
        !stopBetween(match.end, cue.start),
    );

  const isPast = (match: PhraseMatch): boolean =>
    past.some((cue) => {
      if (chunkOf(cue) !== chunkOf(match)) return false;
      const backToNow = present.find((now) => chunkOf(now) === chunkOf(cue) && now.start > cue.start);
      return backToNow === undefined || match.start < backToNow.start;
    });

  const isFramed = (match: PhraseMatch): boolean =>
    framing.some((cue) => chunkOf(cue) === chunkOf(match) && cue.start <= match.start);

  const current = new Set<string>();
  const mentioned = new Set<string>();
  for (const match of matches) {
    const names = match.roles.flatMap((role) => (role.kind === 'concept' ? [role.name] : []));
    if (names.length === 0 || isNegated(match)) continue;
    for (const name of names) mentioned.add(name);
    if (isPast(match) || isFramed(match)) continue;
    for (const name of names) current.add(name);
  }
  return { current, mentioned };
}
