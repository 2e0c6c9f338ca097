export { runOpinionEval, type OpinionEvalReport } from './run-opinion-eval.js';
export { perClassScores, type ClassScore } from './per-class-scores.js';
