/**
 * Stance stage: labels each sentence reporting, quote, opinion or boilerplate, and the
 * article news, opinion, analysis, press release or other.
 */
export const STANCE_STAGE = 'stance.rules.v1';

export { labelSentences, opinionScore } from './label-sentences.js';
export { classifyArticle } from './classify-article.js';
