/** CoNLL-2003 NER evaluation of the entities stage: reader, conlleval scorer, corpus runner. */
export { chunksOf, readConll, type ConllChunk, type ConllDocument, type ConllToken } from './read-conll.js';
export { NerTally, score, type NerScore } from './ner-score.js';
export { predictChunks, runNerEval, type NerEvalReport } from './run-ner-eval.js';
export { formatNerReport } from './format-ner-report.js';
