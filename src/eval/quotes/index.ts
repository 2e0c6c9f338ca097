/** PolNeAR attribution evaluation: brat reader, span metric, and the corpus runner. */
export { readBrat, type BratDocument, type BratEvent, type BratTextBound } from './read-brat.js';
export { SpanTally, countExact, countOverlap, prf, type PrfScore, type SpanScore } from './span-metric.js';
export { runQuotesEval, type AttributionRole, type QuotesEvalReport } from './run-quotes-eval.js';
export { annotatorAgreement, type AgreementReport } from './annotator-agreement.js';
