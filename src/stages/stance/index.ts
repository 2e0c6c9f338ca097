/**
 * Stance stage: labels each sentence reporting, quote, opinion or boilerplate, and the
 * article news, opinion, analysis, press release or other. Quotes are read from quotation
 * marks, boilerplate from block and genre conventions, opinion by a linear model over cue
 * features of the writer's own words in the article's context (`opinion-weights.ts`).
 */
export const STANCE_STAGE = 'stance.features.v2';

export { labelSentences, opinionScore, sentenceViews, type SentenceView } from './label-sentences.js';
export { classifyArticle } from './classify-article.js';
export { declaredOpinion, declaredType } from './declared-type.js';
