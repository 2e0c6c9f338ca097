import { labelsFromSpans } from '../../stages/quotes/bio-spans.js';
import { viterbiSequence } from '../../stages/quotes/perceptron-tagger.js';
import type { PreparedParagraph } from './train-attribution-models.js';
import { trainTagger, type TrainOptions } from './train-tagger.js';

/**
 * Cue labels for every training paragraph as the cue tagger would give them on unseen
 * text: the documents are dealt into `folds` folds, and each fold is tagged by a cue model
 * trained on the others. The source and content taggers learn from these labels
 * (stacking); from the cue model's labels on its own training data they would learn to
 * trust cues far more than they deserve. Copies of a document by several annotators stay
 * in one fold.
 */
export function jackknifeCueLabels(paragraphs: readonly PreparedParagraph[], options: TrainOptions, folds = 4): string[][] {
  const documents = [...new Set(paragraphs.map((p) => p.document))];
  const foldOf = new Map(documents.map((d, i) => [d, i % folds]));
  const labels: string[][] = paragraphs.map(() => []);
  for (let fold = 0; fold < folds; fold++) {
    const rest = paragraphs.filter((p) => foldOf.get(p.document) !== fold);
    const model = trainTagger(rest.map((p) => ({ features: p.features, labels: labelsFromSpans(p.tokens, p.gold.Cue) })), ['O', 'B', 'I'], options);
    paragraphs.forEach((p, i) => { if (foldOf.get(p.document) === fold) labels[i] = viterbiSequence(model, p.features); });
  }
  return labels;
}
