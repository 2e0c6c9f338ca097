export const PASSAGES_STAGE = 'passages.lexical.v1';

export { linkPassage, PASSAGE_THRESHOLD } from './link-passage.js';
export type { PassageLink } from './link-passage.js';
export { placingPassage } from './placing-passage.js';
export { MAX_TERM_SIMILARITY, MIN_PASSAGE_WORDS, splitPassages } from './split-passages.js';
export type { Passage } from './split-passages.js';
