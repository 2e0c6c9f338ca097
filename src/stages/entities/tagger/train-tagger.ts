import { FeatureTable } from './feature-table.js';
import { seededRandom } from '../../../core/seeded-random.js';
import { viterbiDecode } from './viterbi-decode.js';
import { AveragedPerceptron } from './perceptron.js';
import { prepareDocument, secondStageIds, type Hints, type PreparedDocument } from './tag-document.js';
import type { WordClusters } from './word-clusters.js';

/** A training document: sentences of words and their BILOU label indexes. */
export interface LabelledDocument {
  readonly sentences: readonly (readonly string[])[];
  readonly labels: readonly (readonly number[])[];
  /** The rule finder's labels per token, when the tagger is to learn how far to trust them. */
  readonly hints?: Hints;
}

export interface TrainOptions {
  readonly epochs: number;
  readonly seed: number;
  /** Folds for the first stage's held-out labels that the second stage learns from. */
  readonly folds: number;
  readonly log?: (message: string) => void;
}

type IdsOf = (d: number) => readonly (readonly Int32Array[])[];

function trainStage(table: FeatureTable, prepared: readonly PreparedDocument[], gold: readonly LabelledDocument[], idsOf: IdsOf, train: readonly number[], options: TrainOptions): Float32Array {
  const learner = new AveragedPerceptron();
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    // A seeded shuffle, so a retrain gives the same weights.
    for (const d of seededRandom(options.seed + epoch).shuffle(train)) {
      idsOf(d).forEach((ids, s) => viterbiDecode(learner.weights, table, ids, prepared[d]!.lowers[s]!, { gold: gold[d]!.labels[s]!, learner }));
    }
  }
  return learner.averaged(table.size);
}

/**
 * Trains both stages. The second stage must learn from first-stage labels as noisy as the
 * ones it will see on new text, so each training document gets its first-stage labels from
 * a model that did not train on it (k-fold), as stacking does.
 */
export function trainTagger(docs: readonly LabelledDocument[], clusters: WordClusters, options: TrainOptions) {
  const log = options.log ?? (() => undefined);
  // Every feature met gets a row; rare ones end with tiny weights, which the model file prunes.
  const table = new FeatureTable([], true);
  const prepared = docs.map((doc) => prepareDocument(table, clusters, doc.sentences, doc.hints));
  log(`local features: ${table.size}`);
  const local: IdsOf = (d) => prepared[d]!.local;
  const all = docs.map((_, d) => d);
  const heldOut: number[][][] = [];
  for (let k = 0; k < options.folds; k++) {
    const weights = trainStage(table, prepared, docs, local, all.filter((d) => d % options.folds !== k), options);
    for (const d of all.filter((i) => i % options.folds === k)) heldOut[d] = prepared[d]!.local.map((ids, s) => viterbiDecode(weights, table, ids, prepared[d]!.lowers[s]!));
    log(`fold ${k + 1}/${options.folds} done`);
  }
  const stage1 = trainStage(table, prepared, docs, local, all, options);
  log('stage 1 done');
  const second = prepared.map((doc, d) => secondStageIds(table, doc, heldOut[d]!));
  const stage2 = trainStage(table, prepared, docs, (d) => second[d]!, all, options);
  log('stage 2 done');
  table.freeze();
  return { table, stage1, stage2 };
}
