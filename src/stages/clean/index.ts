export const CLEAN_STAGE = 'clean.rules.v1';

export { cleanArticle, confidenceAfterCleaning, markBoilerplate } from './clean-article.js';
export { collectLineStats, isRecurringLine, lineKey, normaliseLine, type LineStats, type OutletLineStats } from './line-stats.js';
export { boilerplateRule, BOILERPLATE_RULES, type BoilerplateRule } from './boilerplate-rules.js';
