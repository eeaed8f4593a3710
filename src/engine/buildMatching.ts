import type { Entry, KnowledgeBase } from '../knowledge/KnowledgeBase';
import type { FacetKey } from '../knowledge/schema';
import { Analyzer } from './Analyzer';
import { compileLanguage, type Language } from './compileLanguage';
import type { MatchConfig } from './config';
import { nutrientOf } from './contextAfter';
import type { DecisionInput } from './decide';
import type { ClauseDeps } from './matchClause';
import { MatchIndex } from './MatchIndex';
import type { AnswerContext } from './types';

/** Everything the matching steps need, built once from the knowledge base. */
export interface Matching extends ClauseDeps {
  language: Language;
}

/**
 * Builds what reading, ranking and deciding a question share: the analyzer (words, typos, synonyms, nutrients,
 * facets), the index over every entry's phrasings, the facet each entry asks about, and the context an answer
 * leaves behind. `createAnswerEngine` builds it once; a step's tests build it to run that step alone.
 */
export function buildMatching(kb: KnowledgeBase, config: MatchConfig): Matching {
  const language = compileLanguage(kb.language);
  const analyzer = new Analyzer({
    synonyms: kb.synonyms,
    nutrients: kb.nutrients,
    facets: kb.facets,
    uncoveredTopics: kb.uncoveredTopics,
    language,
    subjectWords: kb.subjectWords,
    vocabularyTexts: kb.entries.flatMap((entry) => [
      entry.title,
      ...entry.alternates,
      ...entry.tags,
      entry.answer,
      ...entry.points,
      entry.details ?? '',
    ]),
    config,
  });
  const index = new MatchIndex(kb.entries, analyzer, config);

  // The facet each entry asks about: its own for a nutrient facet, the one its title cues for an FAQ entry
  // ("Why do I get leg cramps at night?" is about cramps), so "could it be low magnesium?" can ask it of a nutrient.
  const facetOf = new Map(
    kb.entries.flatMap((entry): Array<[string, FacetKey]> => {
      if (entry.origin.kind === 'facet') return [[entry.id, entry.origin.facet]];
      const [cued] = analyzer.analyze(entry.title).facets;
      return cued ? [[entry.id, cued]] : [];
    }),
  );

  // What each entry is about, worked out once: the nutrient a follow-up will refer back to.
  const entryNutrient = new Map(kb.entries.map((entry) => [entry.id, nutrientOf(kb, entry)]));
  const contextOf = (entry: Entry, question?: DecisionInput): AnswerContext => ({
    entryId: entry.id,
    nutrientId:
      entryNutrient.get(entry.id) ?? (question?.nutrients.length === 1 ? question.nutrients[0] : undefined),
  });

  return {
    kb,
    language,
    analyzer,
    index,
    facetOf,
    config,
    contextOf,
    backReferences: language.backReferences,
  };
}
