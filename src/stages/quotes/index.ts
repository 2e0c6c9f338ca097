/**
 * Quotes stage: who said what. Direct quotes (cue before, inside or after, running over
 * paragraphs), reported speech ("X said that …", "according to X", "The plan, X said, is
 * dead"), attitudes with their object ("X criticized the plan", "X wants to run"), reports
 * carried by a noun ("his claim that …"); speakers resolved to mentions, pronouns and "who"
 * to the name before them, unnamed sources flagged anonymous.
 */
export const QUOTES_STAGE = 'quotes.rules.v2';

export { extractQuotes } from './extract-quotes.js';
