export { parseTimeml, readTimemlFile, type GoldTimex, type TimemlDocument } from './timeml-reader.js';
export {
  countDocument, scoreCounts, addCounts, EMPTY_COUNTS, type TimexCounts, type TimexScores, type PrF, type ScoredTimex,
} from './tempeval-scorer.js';
export { runDatesEval, readTempeval, type DatesEvalOptions, type DatesEvalReport } from './run-dates-eval.js';
