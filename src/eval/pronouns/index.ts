/** Pronoun resolution of the entities stage, scored on GUM's coreference chains. */
export { readGumCoref, type GumCorefDocument, type GumMention } from './read-gum-coref.js';
export { PronounTally, type PronounScore } from './pronoun-tally.js';
export { nearestPersonBaseline } from './nearest-person-baseline.js';
export { runPronounsEval, type PronounGroupReport, type PronounsEvalReport } from './run-pronouns-eval.js';
