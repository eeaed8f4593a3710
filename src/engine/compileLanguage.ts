import type { LanguageData } from '../knowledge/schema';

/** knowledge/language.yaml as the engine reads it: sets to look words up in, and the two question patterns. */
export interface Language {
  /** Stop words and asides: everything dropped before matching. */
  stopWords: ReadonlySet<string>;
  /** Function words alone (not asides), for small talk. */
  functionWords: ReadonlySet<string>;
  hedges: ReadonlySet<string>;
  fillers: ReadonlySet<string>;
  backReferences: ReadonlySet<string>;
  /** Question and quantity words: a message with one asks something, so they are never small-talk padding. */
  asking: ReadonlySet<string>;
  /** Question words alone ("what", "how"). */
  questionWords: ReadonlySet<string>;
  /** Words that open a yes/no question ("is", "can"). */
  questionOpeners: ReadonlySet<string>;
  /** Clause joiners and sentence lead-ins ("and", "so"): words that may stand between two clauses. */
  joiners: ReadonlySet<string>;
  negatingWords: ReadonlySet<string>;
  negationBridges: ReadonlySet<string>;
  notNegated: ReadonlySet<string>;
  /** "…cramps and what foods have it": a second question starts at a question word after a joiner. */
  clauseBreak: RegExp;
  /** A sentence that opens like a question ("so what can I do", "does it help"). */
  questionStart: RegExp;
}

const alternatives = (words: readonly string[]) => words.join('|');

/** Compiles the word lists once, when the engine is built. */
export function compileLanguage(data: LanguageData): Language {
  const openers = [...data.questionWords, ...data.questionOpeners];
  return {
    stopWords: new Set([...data.stopWords, ...data.asides]),
    functionWords: new Set(data.stopWords),
    hedges: new Set(data.hedges),
    fillers: new Set(data.fillers),
    backReferences: new Set(data.backReferences),
    asking: new Set([...data.questionWords, ...data.quantityWords]),
    questionWords: new Set(data.questionWords),
    questionOpeners: new Set(data.questionOpeners),
    joiners: new Set([...data.clauseJoiners, ...data.sentenceLeadIns]),
    negatingWords: new Set(data.negatingWords),
    negationBridges: new Set(data.negationBridges),
    notNegated: new Set(data.notNegated),
    clauseBreak: new RegExp(
      `[?;]+|\\b(?:${alternatives(data.clauseJoiners)})\\s+(?=(?:${alternatives(openers)})\\b)`,
      'i',
    ),
    questionStart: new RegExp(
      `^(?:(?:${alternatives(data.sentenceLeadIns)}),? )?(?:${alternatives([...openers, ...data.sentenceOpeners])})\\b`,
      'i',
    ),
  };
}
