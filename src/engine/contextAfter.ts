import type { Entry, KnowledgeBase } from '../knowledge/KnowledgeBase';
import { normalizeText } from '../text';
import type { AnswerContext } from './types';

/**
 * The conversation context right after `entryId` was answered: what a follow-up such as "what foods have it?"
 * or "is it safe with kidney disease?" refers back to. A facet is about its nutrient; an FAQ entry whose title
 * names exactly one nutrient ("Do magnesium supplements help leg cramps?") is about that one.
 */
export function contextAfter(kb: KnowledgeBase, entryId: string | undefined): AnswerContext | undefined {
  const entry = entryId === undefined ? undefined : kb.byId.get(entryId);
  return entry ? { entryId: entry.id, nutrientId: nutrientOf(kb, entry) } : undefined;
}

export function nutrientOf(kb: KnowledgeBase, entry: Entry): string | undefined {
  if (entry.origin.kind === 'facet') return entry.origin.nutrientId;
  const title = ` ${normalizeText(entry.title)} `;
  const named = namesOf(kb).filter(({ names }) => names.some((name) => title.includes(name)));
  return named.length === 1 ? named[0].id : undefined;
}

const NAMES = new WeakMap<KnowledgeBase, ReadonlyArray<{ id: string; names: readonly string[] }>>();

/** Each nutrient's name and aliases, normalised once per base (the engine's build asks for every entry). */
function namesOf(kb: KnowledgeBase): ReadonlyArray<{ id: string; names: readonly string[] }> {
  let names = NAMES.get(kb);
  if (!names) {
    names = kb.nutrients.map((nutrient) => ({
      id: nutrient.id,
      names: [nutrient.name, ...nutrient.aliases].map((alias) => ` ${normalizeText(alias)} `),
    }));
    NAMES.set(kb, names);
  }
  return names;
}
