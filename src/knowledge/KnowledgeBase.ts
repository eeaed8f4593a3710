import type {
  ContentData,
  FacetKey,
  FacetTemplate,
  LanguageData,
  NutrientData,
  PolicyData,
  RegionalText,
  SmallTalkExampleSet,
  Source,
  SynonymData,
  UncoveredTopic,
  VocabularyData,
} from './schema';
import type { SafetyData } from './safetySchema';

/** Where an answerable entry came from: a hand-written FAQ entry or one facet of a nutrient record. */
export type EntryOrigin = { kind: 'faq' } | { kind: 'facet'; nutrientId: string; facet: FacetKey };

/** One answerable question, whatever file it came from. The engine and the renderer see only these. */
export interface Entry {
  id: string;
  title: string;
  alternates: readonly string[];
  /** The short answer, direct answer first. */
  answer: string;
  /** Bullet points shown after the answer (facet points, food amounts, intake tables). */
  points: readonly string[];
  details?: string;
  /** Advice that differs by region (content.yaml `regions`), shown after the answer. */
  regional: readonly RegionalText[];
  sources: readonly Source[];
  /** Why the entry cites one site only (knowledge files `singleSourceReason`), when no second page states it. */
  singleSourceReason?: string;
  followUps: readonly string[];
  tags: readonly string[];
  cautions: readonly string[];
  origin: EntryOrigin;
  /** 1-based line of the entry in its file, for curator tools. */
  location: { file: string; line?: number };
}

/** A near-scope topic the base declines by name (synonyms.yaml `uncoveredTopics`), with its line for curator tools. */
export interface LocatedUncoveredTopic extends UncoveredTopic {
  location: { file: string; line?: number };
}

export interface KnowledgeBase {
  entries: readonly Entry[];
  byId: ReadonlyMap<string, Entry>;
  nutrients: readonly NutrientData[];
  facets: readonly FacetTemplate[];
  synonyms: readonly SynonymData[];
  /** Words that mark a question as on the base's subject (see `subjectMinScore`). */
  subjectWords: readonly string[];
  uncoveredTopics: readonly LocatedUncoveredTopic[];
  /** The everyday English the engine reads past or reads specially (knowledge/language.yaml). */
  language: LanguageData;
  /** Curated category vocabularies (knowledge/vocabulary.yaml): drug classes, conditions, life stages, diets, units. */
  vocabulary: VocabularyData;
  content: ContentData;
  policy: PolicyData;
  safety: SafetyData;
  /** Labelled small talk and look-alikes, one set per writer (knowledge/smalltalk-examples.yaml). */
  smallTalkExamples: readonly SmallTalkExampleSet[];
  /** Short content hash of every knowledge file: changes whenever a curator changes anything. */
  version: string;
}
