export { runOpinionEval, predictArticle, scorePredictions, type OpinionEvalReport, type OpinionScores, type OpinionPrediction } from './run-opinion-eval.js';
export { readLabelledSet, SENTENCE_LABELS, ARTICLE_TYPES, SPLITS, type LabelledArticle } from './labelled-set.js';
export { perClassScores, type ClassScore } from './per-class-scores.js';
