/**
 * Quotes stage: who said what. Hand-written rules read direct quotes (cue before, inside
 * or after, running over paragraphs), reported speech ("X said that …", "according to X",
 * "The plan, X said, is dead"), attitudes with their object ("X criticized the plan"),
 * reports carried by a noun ("his claim that …"), speakers resolved to mentions, unnamed
 * sources flagged anonymous; then three perceptron taggers trained on PolNeAR (cue, source,
 * content; `models/README.md`) confirm the rules' cues, redraw spans to PolNeAR's
 * conventions and add the attributions the rules missed.
 */
export const QUOTES_STAGE = 'quotes.rules-tagged.v4';

export { extractQuotes } from './extract-quotes.js';
