/** ECB+ cross-document coreference evaluation: reader, reference-scorer metrics, corpus runner. */
export { bcubed, ceafe, chainsOf, muc, scoreCoref, type CorefScores, type MetricScore, type Partition } from './coref-metrics.js';
export { maxWeightMatching } from './max-weight-matching.js';
export { parseEcbPlusXml, type EcbXml } from './parse-ecbplus-xml.js';
export { DEV_TOPICS, TRAIN_TOPICS, entityClassOf, readEcbPlus, readEcbDocument, type EcbDocument, type GoldMention } from './read-ecbplus.js';
export { runCorefEval, type CorefEvalOptions, type CorefEvalReport, type CorefSystemScores } from './run-coref-eval.js';
export { formatCorefReport } from './format-coref-report.js';
