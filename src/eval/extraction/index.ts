export {
  scoreExtraction, scoreDocuments, aggregateScores, matchShingles, aebTokens,
  type ExtractionScore, type ShingleCounts, type DocumentScore,
} from './aeb-metric.js';
export { readPredictionsFile, parsePredictions } from './read-predictions.js';
export { openExtractionCorpus, splitDragnetGold, readPage, readGoldText, type ExtractionCorpus } from './open-extraction-corpus.js';
export { confidenceSplit, type ConfidenceSplit } from './confidence-deciles.js';
export { formatExtractionReport } from './format-extraction-report.js';
export { GOLD_CONVENTIONS, asGold, type GoldConvention } from './gold-conventions.js';
export { readabilityArticle, readabilityText, type ReadabilityResult } from './readability-baseline.js';
export {
  runExtractionEval, storylineText, storylineExtraction,
  type ExtractionEvalOptions, type ExtractionEvalReport, type SystemResult, type StorylineExtraction,
} from './run-extraction-eval.js';
