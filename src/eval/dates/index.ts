export { parseTimeml, readTimemlFile, type GoldTimex, type TimemlDocument } from './timeml-reader.js';
export {
  countDocument, pairDocument, scoreCounts, addCounts, EMPTY_COUNTS,
  type TimexCounts, type TimexScores, type PrF, type ScoredTimex, type TimexPair,
} from './tempeval-scorer.js';
export { runDatesEval, readTempeval, type DatesEvalOptions, type DatesEvalReport } from './run-dates-eval.js';
export { valueErrorBucket, type ValueErrorBucket } from './value-error-bucket.js';
export { isContested, phraseForms, phraseKey, valueForm, type PhraseForms } from './gold-consistency.js';
