/**
 * The text toolkit shared by matching (src/engine) and triage (src/safety): one normaliser, one contraction
 * table, one reading of dialect spellings, one bounded edit distance, one sound key for spellings written by ear, one number parser, one list of everyday
 * English words, and the bracketed alternatives of the safety phrases (expanded by triage, checked by the schema). Pure functions, no state beyond caches, and no I/O but reading that word list once (through a cache of it in .cache/).
 */
export { boundedEditDistance } from './boundedEditDistance';
export { BARE_CONTRACTIONS, expandContractions, expandWord, expandWordAt, expandWords } from './contractions';
export { readChemicalSymbols } from './chemicalSymbols';
export { readDialect } from './dialect';
export { readSpokenFillers } from './spokenFillers';
export {
  hasWords,
  normalizeText,
  rememberStems,
  stemsSoFar,
  stemWord,
  stripMentionsKeepingLines,
  tokenize,
} from './normalizeText';
export { commonEnglishWords, isEverydayWord } from './englishWords';
export { joinDigitGroups, parseNumber } from './parseNumber';
export { soundKey } from './soundKey';
export { alternativesProblem, expandAlternatives } from './phraseAlternatives';
