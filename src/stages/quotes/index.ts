/**
 * Quotes stage: who said what. Direct quotes (cue before, inside or after, running over
 * paragraphs), reported speech ("X said that …", "according to X"), speakers resolved to
 * mentions, pronouns to the last person named, unnamed sources flagged anonymous.
 */
export const QUOTES_STAGE = 'quotes.rules.v1';

export { extractQuotes } from './extract-quotes.js';
