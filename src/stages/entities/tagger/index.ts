/**
 * Statistical named-entity tagger: a two-stage averaged perceptron over BILOU labels with
 * local, gazetteer, word-cluster and document-level (non-local) features. Trained by
 * scripts/train-ner.mts; weights in models/ner/.
 */
export { splitWords, type WordToken } from './split-words.js';
export { knowsWord, tagDocument, type Hints, type TaggerModel } from './tag-document.js';
export { shippedTagger } from './load-tagger.js';
export { spansFromLabels, labelsFromSpans, LABELS, type EntityLabelType, type LabelSpan } from './labels.js';
export { tagSentences, tagSentencesFully, type OutsideWord, type TaggedSpan } from './tag-sentences.js';
