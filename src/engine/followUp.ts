import type { Entry, KnowledgeBase } from '../knowledge/KnowledgeBase';
import type { FacetKey } from '../knowledge/schema';
import { facetToken, nutrientToken, type Analysis, type Analyzer } from './Analyzer';
import type { MatchConfig } from './config';
import type { MatchIndex, ScoredEntry } from './MatchIndex';
import type { AnswerContext } from './types';

/** What a message means once the conversation so far is taken into account. */
export interface FollowUpReading {
  nutrients: string[];
  facets: FacetKey[];
  terms: string[];
  /** The entry answered just before, if any. */
  previous: Entry | undefined;
  /** The message points back with a word like "it" or "that". */
  pointer: boolean;
  /** The follow-ups the previous answer offered, for a short typed question that may be one of them. */
  offered: ReadonlySet<string> | undefined;
}

export interface FollowUpDeps {
  kb: KnowledgeBase;
  analyzer: Analyzer;
  index: MatchIndex;
  /** The facet each entry asks about (see createAnswerEngine). */
  facetOf: ReadonlyMap<string, FacetKey>;
  config: Pick<
    MatchConfig,
    'followUpWords' | 'shortQuestionTerms' | 'followUpPointerExtraWords' | 'followUpTopicWords'
  >;
  /** Words that point back to what was just discussed ("it", "that"): knowledge/language.yaml. */
  backReferences: ReadonlySet<string>;
}

/**
 * Follow-ups. The conversation's nutrient is carried only into a message that is little more than a pointer
 * back: "what foods have it?", "and how much do I need?", "who usually gets that?" — a facet cue or a word like
 * "it", with at most `followUpWords` words of its own, all of them known to the base. Anything longer is a new
 * question and is matched as if it came first ("why do I get cramps at night" after a magnesium answer is not
 * about magnesium; "what are the benefits of zinc" is not about vitamin D). "and potassium?" after magnesium
 * foods asks the same facet of potassium; "could it be low magnesium?" after the night-cramps answer asks that
 * answer's topic (cramps) of magnesium.
 */
export function readFollowUp(
  analysis: Analysis,
  context: AnswerContext | undefined,
  { kb, analyzer, index, facetOf, config, backReferences }: FollowUpDeps,
): FollowUpReading {
  const nutrients = [...analysis.nutrients];
  const facets = [...analysis.facets];
  const terms = [...analysis.terms];
  const ownTerms = analysis.terms.filter((term) => !term.startsWith('@') && !term.startsWith('#'));
  const facetCued = facets.some((facet) => !analyzer.isWeakFacet(facet));
  const pointer = analysis.words.some((word) => backReferences.has(word));
  // Both a facet cue and a pointer ("is it safe with kidney disease?") leave room for one more word.
  const ownWords = config.followUpWords + (facetCued && pointer ? config.followUpPointerExtraWords : 0);
  const pointsBack =
    (facetCued || pointer) && ownTerms.length <= ownWords && index.unknownShare(ownTerms) === 0;
  if (nutrients.length === 0 && context?.nutrientId && pointsBack) {
    nutrients.push(context.nutrientId);
    terms.push(nutrientToken(context.nutrientId));
  }
  const previous = context?.entryId ? kb.byId.get(context.entryId) : undefined;
  const previousFacet = previous ? facetOf.get(previous.id) : undefined;
  if (
    analysis.nutrients.length > 0 &&
    facets.length === 0 &&
    previousFacet !== undefined &&
    ((previous?.origin.kind === 'facet' && ownTerms.length === 0) ||
      (previous?.origin.kind === 'faq' && pointer && ownTerms.length <= config.followUpTopicWords))
  ) {
    facets.push(previousFacet);
    terms.push(facetToken(previousFacet));
  }
  // A short typed follow-up is most often one of the questions the last answer offered as buttons.
  const offered =
    previous && analysis.terms.length <= config.shortQuestionTerms ? new Set(previous.followUps) : undefined;
  return { nutrients, facets, terms, previous, pointer, offered };
}

/** The offered follow-ups rise by `bonus` ("is heat or cold better after?" right after "how do I stop a cramp"). */
export function preferOffered(
  ranked: ScoredEntry[],
  offered: ReadonlySet<string> | undefined,
  bonus: number,
): ScoredEntry[] {
  if (!offered) return ranked;
  return ranked
    .map((scored) =>
      offered.has(scored.entry.id) ? { ...scored, score: Math.min(1, scored.score + bonus) } : scored,
    )
    .sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
}
