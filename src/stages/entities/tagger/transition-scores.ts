import { LABEL_COUNT } from './labels.js';
import { SparseWeights, type Scorer } from './perceptron.js';

/** Per frozen weights: the transition scores for each table's `p1=` ids. */
const frozen = new WeakMap<SparseWeights, WeakMap<Int32Array, Float64Array>>();

function compute(scorer: Scorer, alone: Int32Array): Float64Array {
  const transitions = new Float64Array(alone.length * LABEL_COUNT);
  alone.forEach((id, p) => scorer.addRow(id, transitions, p * LABEL_COUNT));
  return transitions;
}

/**
 * Scores of the previous label alone (`p1=` features, ids `alone`, by previous label + 1)
 * for each label: the same at every token. Read-only: frozen weights share one table, where
 * every sentence once summed it again; training's weights change, so they get a fresh one.
 */
export function transitionScores(scorer: Scorer, alone: Int32Array): Float64Array {
  if (!(scorer instanceof SparseWeights)) return compute(scorer, alone);
  let byIds = frozen.get(scorer);
  if (!byIds) { byIds = new WeakMap(); frozen.set(scorer, byIds); }
  let transitions = byIds.get(alone);
  if (!transitions) { transitions = compute(scorer, alone); byIds.set(alone, transitions); }
  return transitions;
}
