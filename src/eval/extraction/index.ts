export { scoreExtraction, matchShingles, aebTokens, type ExtractionScore, type ShingleCounts } from './aeb-metric.js';
export { readPredictionsFile, parsePredictions } from './read-predictions.js';
export {
  runExtractionEval, storylineText, type ExtractionEvalOptions, type ExtractionEvalReport,
} from './run-extraction-eval.js';
