import type { AnalyzerWords } from './Analyzer';
import type { EntryTerms } from './MatchIndex';

/**
 * The costly, plain-data part of building the engine from a knowledge base: the analyzer's words and every
 * entry's analysed terms (about two thirds of the build; the rest is cheap). A build handed a record uses what
 * it holds and fills in what it lacks, so a record kept from one build lets a later build of the same base,
 * with the same engine code, skip that work and build the same engine. src/startup/indexCache.ts keeps it in
 * .cache/, keyed by both; a record from another base or other code must never be handed in.
 */
export interface EngineIndexData {
  words?: AnalyzerWords;
  /** One per entry of the base, in its order. */
  entries?: EntryTerms[];
}
