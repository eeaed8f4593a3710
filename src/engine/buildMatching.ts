import type { Entry, KnowledgeBase } from '../knowledge/KnowledgeBase';
import type { FacetKey } from '../knowledge/schema';
import { Analyzer } from './Analyzer';
import { compileLanguage, type Language } from './compileLanguage';
import type { MatchConfig } from './config';
import { nutrientOf } from './contextAfter';
import type { DecisionInput } from './decide';
import type { EngineIndexData } from './EngineIndexData';
import type { ClauseDeps } from './matchClause';
import { MatchIndex } from './MatchIndex';
import type { AnswerContext } from './types';
import { runToEnd, type Steps } from '../util/runSteps';

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
  return runToEnd(buildMatchingSteps(kb, config));
}

/**
 * The same build in small steps (src/util/runSteps.ts), so a hot reload can run it in slices. With `data`, what
 * it holds from an earlier build of the same base is used, and what is built is kept in it.
 */
export function* buildMatchingSteps(
  kb: KnowledgeBase,
  config: MatchConfig,
  data?: EngineIndexData,
): Steps<Matching> {
  const language = compileLanguage(kb.language);
  const analyzer = yield* Analyzer.build(
    {
      synonyms: kb.synonyms,
      categories: kb.vocabulary.categories,
      medicineForms: kb.vocabulary.medicineForms,
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
    },
    data,
  );
  yield;
  // The index keeps each entry's analysed terms in `record`, the title's facet among them.
  const record: EngineIndexData = data ?? {};
  const index = yield* MatchIndex.build(kb.entries, analyzer, config, record);
  yield;

  // The facet each entry asks about: its own for a nutrient facet, the one its title cues for an FAQ entry
  // ("Why do I get leg cramps at night?" is about cramps), so "could it be low magnesium?" can ask it of a nutrient.
  const facetOf = new Map<string, FacetKey>();
  for (const [i, entry] of kb.entries.entries()) {
    const cued = entry.origin.kind === 'facet' ? entry.origin.facet : record.entries?.[i].titleFacet;
    if (cued) facetOf.set(entry.id, cued);
  }

  // What each entry is about, worked out once: the nutrient a follow-up will refer back to.
  const entryNutrient = new Map<string, string | undefined>();
  for (const entry of kb.entries) {
    entryNutrient.set(entry.id, nutrientOf(kb, entry));
    yield;
  }
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
