export const FINGERPRINT_STAGE = 'fingerprint.minhash.v2';

export { articleFromText } from './article-from-text.js';
export type { PlainArticle } from './article-from-text.js';
export { contentSentences, contentWordCount, fingerprintArticle, salientTerms } from './fingerprint-article.js';
export { lightStem } from './light-stem.js';
export {
  LSH_BANDS, LSH_ROWS, MINHASH_PERMUTATIONS, SHINGLE_WORDS, lshBands, minhashSignature, minhashSimilarity, shingles,
} from './minhash.js';
export { normaliseText, normaliseWords } from './normalise-words.js';
export { simhash, simhashDistance } from './simhash.js';
export { STOPWORDS } from './stopwords.js';
export { TERM_LIMIT, forEachTerm, termOf, termVector } from './term-vector.js';
export type { TermSource, WeightedTerm } from './term-vector.js';
