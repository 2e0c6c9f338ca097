/** NER evaluation of the entities stage: CoNLL-2003 and GUM readers, conlleval scorer, corpus runners. */
export { chunksOf, readConll, type ConllChunk, type ConllDocument, type ConllToken } from './read-conll.js';
export { NerTally, score, type NerScore } from './ner-score.js';
export { predictChunks, runNerEval, type NerEvalReport } from './run-ner-eval.js';
export { formatGumNerReport, formatNerReport } from './format-ner-report.js';
export { readGumTsv } from './read-gum.js';
export { runGumNerEval, type GumNerReport } from './run-gum-ner-eval.js';
