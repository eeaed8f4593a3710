import type { FacetKey, SynonymData, UncoveredTopic, VocabularyCategory } from '../knowledge/schema';
import { PhraseTable } from './PhraseTable';
import type { Language } from './compileLanguage';
import type { EngineIndexData } from './EngineIndexData';
import {
  isEverydayWord,
  normalizeText,
  readChemicalSymbols,
  readDialect,
  readSpokenFillers,
  stemWord,
  tokenize,
} from '../text';
import type { MatchConfig } from './config';
import { runToEnd, type Steps } from '../util/runSteps';
import { TypoCorrector, type TypoConfig } from './TypoCorrector';

/** What the matcher needs to know about a piece of text. */
export interface Analysis {
  normalized: string;
  /** Words after typo correction, before stemming. */
  words: string[];
  corrections: Array<{ from: string; to: string }>;
  /** Content terms: stemmed, synonyms and nutrient aliases resolved, stop words dropped, unique. */
  terms: string[];
  /** Nutrient ids named, in order of appearance. */
  nutrients: string[];
  /** Facets signalled by cue phrases ("how much" → dailyNeed), in order of appearance. */
  facets: FacetKey[];
  /** Names of uncovered topics named ("vitamin C"). */
  uncovered: string[];
  /** Whether the text names the base's subject: a subject word ("cramp", "deficiency") or a nutrient. */
  onSubject: boolean;
  /** Whether it names a subject word (not just a nutrient). */
  namesSubjectWord: boolean;
}

export interface AnalyzerSource {
  synonyms: readonly SynonymData[];
  /** Curated categories (knowledge/vocabulary.yaml): many names (a brand, a generic, a lay name) → one concept. */
  categories: readonly VocabularyCategory[];
  /** Nouns that name a medicine by its form (knowledge/vocabulary.yaml `medicineForms`); absent: none. */
  medicineForms?: readonly string[];
  nutrients: ReadonlyArray<{ id: string; name: string; aliases: readonly string[] }>;
  facets: ReadonlyArray<{
    key: FacetKey;
    cues: readonly string[];
    weakCues?: boolean;
    alongside?: readonly FacetKey[];
    outranks?: readonly FacetKey[];
  }>;
  uncoveredTopics: readonly UncoveredTopic[];
  /** Stop words, hedges and the negation lists (knowledge/language.yaml). */
  language: Language;
  subjectWords: readonly string[];
  /** Every text the index holds: the vocabulary typo correction may correct towards. */
  vocabularyTexts: readonly string[];
  config: AnalyzerConfig;
}

/** The numbers reading a text uses (src/engine/config.ts). */
export type AnalyzerConfig = TypoConfig & Pick<MatchConfig, 'synonymPasses' | 'commonWordMinCount'>;

/** A word on its way to becoming a term: its stem, and whether the word itself is a stop word. */
interface Token {
  stem: string;
  stop: boolean;
  /** "no" or "without" as the user wrote it: the next content word is what the question is NOT about. */
  negates?: boolean;
  /** The word as written (user text only), where it matters more than the stem. */
  word?: string;
}

type Replacement = { kind: 'synonym'; tokens: Token[] } | { kind: 'nutrient'; id: string };

/** The token that stands for a nutrient in every analysed text, whatever alias named it. */
export const nutrientToken = (id: string) => `#${id}`;

/** The token that stands for a facet cue ("how much", "foods", "too much") in analysed text. */
export const facetToken = (facet: FacetKey) => `@${facet}`;

const stemAll = (text: string) => tokenize(normalizeText(text)).map(stemWord);

/**
 * A name ending in a medicine's form ("heartburn tablets", "thyroid meds") and the same said the other way round
 * ("tablets for heartburn", "meds for the thyroid", "tablets for my heartburn"); any other name as it is. The
 * earlier, curated phrasing wins where two readings meet (PhraseTable keeps the first).
 */
const wordOrders =
  (forms: ReadonlySet<string>) =>
  (name: string): string[] => {
    const words = tokenize(normalizeText(name));
    const form = words.at(-1);
    if (words.length < 2 || form === undefined || !forms.has(form)) return [name];
    const thing = words.slice(0, -1).join(' ');
    return [name, `${form} for ${thing}`, `${form} for the ${thing}`, `${form} for my ${thing}`];
  };

/**
 * The words of every text the analyzer knows, each with how often it occurs (typo correction corrects towards
 * them), and their stems. Reading them is the costly part of building an analyzer, so a build can be handed the
 * words of an earlier build of the same base (see EngineIndexData).
 */
export interface AnalyzerWords {
  vocabulary: ReadonlyMap<string, number>;
  knownStems: ReadonlySet<string>;
}

const TEXTS_PER_STEP = 40;

function* collectWords(source: AnalyzerSource): Steps<AnalyzerWords> {
  const vocabulary = new Map<string, number>();
  const knownStems = new Set<string>();
  const texts = [
    ...source.vocabularyTexts,
    ...source.synonyms.flatMap((synonym) => [synonym.canonical, ...synonym.variants]),
    ...source.nutrients.flatMap((nutrient) => [nutrient.name, ...nutrient.aliases]),
    ...source.facets.flatMap((facet) => facet.cues),
    ...source.uncoveredTopics.flatMap((topic) => [...topic.terms, ...topic.coveredWith]),
    ...source.subjectWords,
    ...source.categories.flatMap((category) => [category.concept, ...category.members]),
    ...source.language.stopWords,
  ];
  for (let i = 0; i < texts.length; i++) {
    for (const word of tokenize(normalizeText(texts[i]))) {
      vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
      knownStems.add(stemWord(word));
    }
    if (i % TEXTS_PER_STEP === TEXTS_PER_STEP - 1) yield;
  }
  return { vocabulary, knownStems };
}

/**
 * Turns free text into matchable terms, the same way for knowledge-base phrasings (at index time) and user
 * questions (at query time), so both sides always agree on what a word means.
 */
export class Analyzer {
  private readonly replacements = new PhraseTable<Replacement>();
  private readonly cues = new PhraseTable<FacetKey>();
  private readonly uncovered = new PhraseTable<string>();
  /** Phrases that bring an uncovered topic within scope when named with it, by topic name. */
  private readonly coveredWith = new Map<string, PhraseTable<true>>();
  private readonly subject = new PhraseTable<true>();
  /** Its words compare as written, not by stem: "seriously" is filler, "serious" is not. */
  private readonly language: Language;
  private readonly weakFacets: ReadonlySet<FacetKey>;
  private readonly outranks: ReadonlyMap<FacetKey, readonly FacetKey[]>;
  private readonly alongside: ReadonlyMap<FacetKey, readonly FacetKey[]>;
  private readonly knownStems: ReadonlySet<string>;
  private readonly typos: TypoCorrector;
  /** Replacement runs more than once so one can feed another ("dont drink enough" → "not drink enough" → …). */
  private readonly replacementPasses: number;

  /** Builds the analyzer at once; `Analyzer.build` is the same build in steps. */
  constructor(source: AnalyzerSource, words?: AnalyzerWords) {
    this.language = source.language;
    for (const nutrient of source.nutrients) {
      for (const alias of [nutrient.name, ...nutrient.aliases, nutrient.id]) {
        this.replacements.add(stemAll(alias), { kind: 'nutrient', id: nutrient.id });
      }
    }
    const conceptTokens = (concept: string) => this.toTokens(tokenize(normalizeText(concept)), false);
    const sayings = wordOrders(new Set(source.medicineForms ?? []));
    for (const synonym of source.synonyms) {
      const canonical = conceptTokens(synonym.canonical);
      for (const variant of synonym.variants)
        for (const saying of sayings(variant))
          this.replacements.add(stemAll(saying), { kind: 'synonym', tokens: canonical });
    }
    // A category is a synonym at scale: every member (a brand, a generic, a lay name) reads as its concept.
    for (const category of source.categories) {
      const concept = conceptTokens(category.concept);
      for (const member of category.members)
        for (const saying of sayings(member))
          this.replacements.add(stemAll(saying), { kind: 'synonym', tokens: concept });
    }
    for (const facet of source.facets) for (const cue of facet.cues) this.cues.add(stemAll(cue), facet.key);
    this.weakFacets = new Set(source.facets.filter((facet) => facet.weakCues).map((facet) => facet.key));
    this.outranks = new Map(source.facets.map((facet) => [facet.key, facet.outranks ?? []]));
    this.alongside = new Map(source.facets.map((facet) => [facet.key, facet.alongside ?? []]));
    for (const topic of source.uncoveredTopics) {
      for (const term of topic.terms) this.uncovered.add(stemAll(term), topic.name);
      // One table per topic: a phrase may bring several topics within scope ("cramp" with B6, with chemo, …).
      if (topic.coveredWith.length > 0) {
        const table = new PhraseTable<true>();
        for (const phrase of topic.coveredWith) table.add(stemAll(phrase), true);
        this.coveredWith.set(topic.name, table);
      }
    }
    for (const word of source.subjectWords) this.subject.add(stemAll(word), true);

    const { vocabulary, knownStems } = words ?? runToEnd(collectWords(source));
    this.knownStems = knownStems;
    const { config } = source;
    // Everyday English words are never typos; the list loads on the first word that needs it.
    this.typos = new TypoCorrector(vocabulary, config, (word) =>
      isEverydayWord(word, config.commonWordMinCount),
    );
    this.replacementPasses = source.config.synonymPasses;
  }

  /**
   * The same analyzer, reading its vocabulary a few dozen texts per step (see src/util/runSteps.ts). With
   * `data`, the words it holds are used instead of reading them, and words read are kept in it.
   */
  static *build(source: AnalyzerSource, data?: EngineIndexData): Steps<Analyzer> {
    const words = data?.words ?? (yield* collectWords(source));
    if (data) data.words = words;
    yield;
    return new Analyzer(source, words);
  }

  /** Whether the facet's cues are weak ("cramps"): present in almost every question, so weak evidence. */
  isWeakFacet(facet: FacetKey): boolean {
    return this.weakFacets.has(facet);
  }

  analyze(text: string): Analysis {
    // The minerals' chemical symbols ("low Mg", "Ca or Mg") are read before case is lost (src/text/chemicalSymbols.ts),
    // and so are a hesitation "er" (never the ER), "I mean," and "b'y" (src/text/spokenFillers.ts).
    const normalized = normalizeText(readChemicalSymbols(readSpokenFillers(text)));
    // Dialect spellings read as the words they stand for ("ma feet get cauld" → "my feet get cold"), the same
    // reading triage gives them (src/text/dialect.ts); bare contractions stay as written here (synonyms read them).
    const rawWords = readDialect(tokenize(normalized));
    const uncovered = new Set(this.uncovered.findAll(rawWords.map(stemWord)).map((match) => match.value));

    let names: ReadonlySet<string> | undefined;
    const corrections: Array<{ from: string; to: string }> = [];
    const words = rawWords.map((word) => {
      if (this.knownStems.has(stemWord(word))) return word;
      const corrected = this.typos.correct(word);
      if (corrected === null) return word;
      // A name (a capitalised word inside a sentence: a place, a person, a brand) is not a typo of a word with
      // another first letter: "the weather in Leeds" is not "needs"; "is Magnesum safe" is still "magnesium".
      if (corrected[0] !== word[0] && (names ??= namesIn(text)).has(word)) return word;
      corrections.push({ from: word, to: corrected });
      return corrected;
    });
    const stems = words.map(stemWord);
    if (corrections.length > 0) for (const match of this.uncovered.findAll(stems)) uncovered.add(match.value);

    const nutrients: string[] = [];
    let tokens = this.toTokens(words);
    for (let pass = 0; pass < this.replacementPasses; pass++) tokens = this.replacePhrases(tokens, nutrients);
    tokens = this.dropNegated(tokens);

    let facets: FacetKey[] = [];
    // Cues read past the nutrient's name and past hedging words: "how much magnesium do I need" cues "how much
    // do I need", and "how would I even know" cues "how would I know".
    const withoutNutrients = tokens
      .filter(
        (token) =>
          !token.stem.startsWith('#') && !(token.word !== undefined && this.language.hedges.has(token.word)),
      )
      .map((token) => token.stem);
    for (const match of this.cues.findAll(withoutNutrients))
      if (!facets.includes(match.value)) facets.push(match.value);
    const strong = facets.filter((facet) => !this.weakFacets.has(facet));
    // A weak facet gives way to strong ones, unless they are all facets it sits alongside.
    if (strong.length > 0)
      facets = facets.filter(
        (facet) =>
          !this.weakFacets.has(facet) || strong.every((other) => this.alongside.get(facet)?.includes(other)),
      );
    const outranked = new Set(facets.flatMap((facet) => this.outranks.get(facet) ?? []));
    const winners = facets.filter((facet) => !outranked.has(facet));
    if (winners.length > 0) facets = winners;

    // A facet cue is evidence in its own right: "how much … is too much" is mostly stop words otherwise.
    const terms = [
      ...new Set([
        ...tokens.filter((token) => !token.stop).map((token) => token.stem),
        ...facets.map(facetToken),
      ]),
    ];
    // "B6 for cramps" is answered; "B6 for morning sickness" is still declined by name. Read after synonyms too,
    // so "charley horse" counts as a cramp.
    const tokenStems = tokens.map((token) => token.stem);
    for (const topic of uncovered) {
      const table = this.coveredWith.get(topic);
      if (table !== undefined && (table.findAll(stems).length > 0 || table.findAll(tokenStems).length > 0))
        uncovered.delete(topic);
    }
    const namesSubjectWord =
      this.subject.findAll(stems).length > 0 || this.subject.findAll(tokenStems).length > 0;
    return {
      normalized,
      words,
      corrections,
      terms,
      nutrients,
      facets,
      uncovered: [...uncovered],
      onSubject: namesSubjectWord || nutrients.length > 0,
      namesSubjectWord,
    };
  }

  private toTokens(words: readonly string[], fromUser = true): Token[] {
    return words.map((word) => ({
      stem: stemWord(word),
      stop: this.language.stopWords.has(word),
      negates: fromUser && this.language.negatingWords.has(word),
      word: fromUser ? word : undefined,
    }));
  }

  /** Drops each user-written "no"/"without" and the content word it negates. */
  private dropNegated(tokens: readonly Token[]): Token[] {
    const kept: Token[] = [];
    let negating = false;
    for (const token of tokens) {
      if (token.negates) {
        negating = true;
        continue;
      }
      if (negating && !token.stop) {
        negating = false;
        if (!token.word || !this.language.notNegated.has(token.word)) continue;
      } else if (negating && token.word !== undefined && !this.language.negationBridges.has(token.word)) {
        // "how would i no if im lacking": "no" followed by "if" is not denying anything (here it is "know").
        negating = false;
      }
      kept.push(token);
    }
    return kept;
  }

  /** One left-to-right pass of synonym and nutrient-alias replacement, longest phrase first. */
  private replacePhrases(tokens: readonly Token[], nutrients: string[]): Token[] {
    const replaced: Token[] = [];
    let position = 0;
    for (const match of this.replacements.findAll(tokens.map((token) => token.stem))) {
      replaced.push(...tokens.slice(position, match.start));
      if (match.value.kind === 'nutrient') {
        replaced.push({ stem: nutrientToken(match.value.id), stop: false });
        if (!nutrients.includes(match.value.id)) nutrients.push(match.value.id);
      } else replaced.push(...match.value.tokens);
      position = match.end;
    }
    replaced.push(...tokens.slice(position));
    return replaced;
  }
}

/**
 * The words written with a capital inside a sentence ("the weather in Leeds"), lowercased: names of places, people
 * and brands. The first word of a sentence, and "I" and its contractions, are not counted.
 */
function namesIn(text: string): ReadonlySet<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/(?<![.!?]\s*|^\s*)\b\p{Lu}\p{Ll}+\b/gu))
    names.add(match[0].toLowerCase());
  return names;
}
