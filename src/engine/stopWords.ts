/**
 * Function words that carry no topic. Deliberately kept: negations ("not", "no"), quantity words used as
 * facet cues ("much", "many", "too") are matched as cues before stop words are dropped, and topic words such
 * as "night" or "after" are not here. Curators add project-specific ones in knowledge/synonyms.yaml.
 */
export const ENGLISH_STOP_WORDS: readonly string[] = [
  'a', 'about', 'above', 'actually', 'again', 'all', 'also', 'am', 'an', 'and', 'any', 'anyone', 'anything',
  'are', 'as', 'ask', 'at', 'be', 'because', 'been', 'being', 'both', 'but', 'by', 'can', 'could', 'did',
  'do', 'does', 'doing', 'done', 'each', 'either', 'else', 'etc', 'even', 'ever', 'for', 'from', 'get',
  'gets', 'getting', 'got', 'had', 'has', 'have', 'having', 'he', 'her', 'here', 'hers', 'herself', 'him',
  'himself', 'his', 'how', 'i', 'if', 'im', 'in', 'into', 'is', 'it', 'its', 'itself', 'just', 'kind', 'know',
  'let', 'like', 'lot', 'lots', 'me', 'might', 'mine', 'more', 'most', 'much', 'must', 'my', 'myself', 'of',
  'off', 'oh', 'ok', 'okay', 'on', 'one', 'or', 'other', 'our', 'ours', 'out', 'over', 'please', 'pls',
  'plz', 'quite', 'really', 'same', 'she', 'should', 'so', 'some', 'someone', 'something', 'such', 'sure',
  'tell', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'thing', 'things', 'this',
  'those', 'to', 'too', 'u', 'um', 'up', 'us', 'very', 'want', 'was', 'way', 'we', 'well', 'were', 'what',
  'whats', 'when', 'where', 'which', 'while', 'who', 'whom', 'why', 'will', 'with', 'would', 'yes', 'you',
  'your', 'yours', 'yourself', 'ur', 'r', 'wanna', 'gonna', 'hey', 'hi', 'hello', 'thanks', 'thank',
  'wondering', 'wonder', 'question', 'info', 'information', 'mean', 'anybody', 'many', 'may', 'bit', 'its',
];
