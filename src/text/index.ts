/**
 * The text toolkit shared by matching (src/engine) and triage (src/safety): one normaliser, one contraction
 * table, one bounded edit distance, one number parser. Pure functions, no state beyond caches, no I/O.
 */
export { boundedEditDistance } from './boundedEditDistance';
export { BARE_CONTRACTIONS, expandContractions, expandWord } from './contractions';
export {
  hasWords,
  normalizeText,
  rememberStems,
  stemsSoFar,
  stemWord,
  stripMentions,
  tokenize,
} from './normalizeText';
export { joinDigitGroups, parseNumber } from './parseNumber';
