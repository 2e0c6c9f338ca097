import { LABEL_COUNT } from './labels.js';

/** Row-major weights: LABEL_COUNT numbers per feature id (training, and the file format). */
export type WeightMatrix = Float32Array | Float64Array;

/** Adds weight rows into label scores. */
export interface Scorer {
  /** Adds the rows of `ids` into `scores[0 … LABEL_COUNT)`. */
  addRows(ids: ArrayLike<number>, scores: Float64Array): void;
  /** Adds row `id` into `scores[offset … offset + LABEL_COUNT)`; nothing for an unknown id. */
  addRow(id: number, scores: Float64Array, offset: number): void;
}

/** A scorer over a dense matrix; ids past its end (features added since) score nothing. */
export function denseScorer(weights: WeightMatrix): Scorer {
  const addRow = (id: number, scores: Float64Array, offset: number): void => {
    const row = id * LABEL_COUNT;
    if (id < 0 || row + LABEL_COUNT > weights.length) return;
    for (let l = 0; l < LABEL_COUNT; l++) scores[offset + l]! += weights[row + l]!;
  };
  return { addRow, addRows: (ids, scores) => { for (let k = 0; k < ids.length; k++) addRow(ids[k]!, scores, 0); } };
}

/** Whether every value fits a 16-bit integer exactly (the shipped, quantised weights). */
function allInt16(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isInteger(values[i]) || values[i]! < -32768 || values[i]! > 32767) return false;
  return true;
}

/**
 * Weights for tagging, stored by row as (label, value) pairs of the non-zero entries: a
 * perceptron touches few labels per feature (2.4 of 17 on average in the shipped model),
 * so scoring reads a seventh of the numbers a dense row holds. Each pair sits side by side
 * in one array, 16-bit when the weights are the quantised integers of the model file, so a
 * row is read from one place in memory: on CoNLL-2003 eng.testa's tokens, adding rows took
 * 40 ms where separate label and value arrays took 69 ms.
 */
export class SparseWeights implements Scorer {
  private constructor(
    private readonly starts: Int32Array,
    /** Per non-zero entry: its label, then its value. */
    private readonly pairs: Int16Array | Float32Array,
  ) {}

  static fromDense(dense: ArrayLike<number>): SparseWeights {
    const rows = Math.floor(dense.length / LABEL_COUNT);
    let count = 0;
    for (let i = 0; i < rows * LABEL_COUNT; i++) if (dense[i] !== 0) count++;
    const starts = new Int32Array(rows + 1);
    const pairs = allInt16(dense) ? new Int16Array(count * 2) : new Float32Array(count * 2);
    let at = 0;
    for (let r = 0; r < rows; r++) {
      starts[r] = at;
      for (let l = 0; l < LABEL_COUNT; l++) {
        const v = dense[r * LABEL_COUNT + l]!;
        if (v !== 0) { pairs[2 * at] = l; pairs[2 * at + 1] = v; at++; }
      }
    }
    starts[rows] = at;
    return new SparseWeights(starts, pairs);
  }

  addRow(id: number, scores: Float64Array, offset: number): void {
    if (id < 0 || id + 1 >= this.starts.length) return;
    const end = this.starts[id + 1]!;
    for (let k = this.starts[id]!; k < end; k++) scores[offset + this.pairs[2 * k]!]! += this.pairs[2 * k + 1]!;
  }

  addRows(ids: ArrayLike<number>, scores: Float64Array): void {
    for (let k = 0; k < ids.length; k++) this.addRow(ids[k]!, scores, 0);
  }
}

/** Weights a tagger can score with: dense (training) or sparse (the shipped model). */
export type Weights = WeightMatrix | SparseWeights;

export const scorerOf = (weights: Weights): Scorer => (weights instanceof SparseWeights ? weights : denseScorer(weights));

/**
 * Averaged perceptron (Collins 2002), with the lazy-averaging trick: `sums` holds each
 * update times the step it happened at, so the average is `w - sums / steps` at the end.
 */
export class AveragedPerceptron {
  weights: Float64Array = new Float64Array(0);
  private sums: Float64Array = new Float64Array(0);
  private steps = 1;

  private ensure(features: number): void {
    if (features * LABEL_COUNT <= this.weights.length) return;
    const size = Math.max(features * LABEL_COUNT, this.weights.length * 2);
    const grow = (old: Float64Array): Float64Array => { const next = new Float64Array(size); next.set(old); return next; };
    this.weights = grow(this.weights);
    this.sums = grow(this.sums);
  }

  /** Adds `delta` to the weight of `label` for each feature of `ids`. */
  add(ids: ArrayLike<number>, label: number, delta: number): void {
    let max = 0;
    for (let k = 0; k < ids.length; k++) max = Math.max(max, ids[k]! + 1);
    this.ensure(max);
    for (let k = 0; k < ids.length; k++) {
      const at = ids[k]! * LABEL_COUNT + label;
      this.weights[at]! += delta;
      this.sums[at]! += delta * this.steps;
    }
  }

  /** One example seen (counts toward the average whether or not it updated). */
  tick(): void {
    this.steps++;
  }

  averaged(features: number): Float32Array {
    const out = new Float32Array(features * LABEL_COUNT);
    const n = Math.min(out.length, this.weights.length);
    for (let i = 0; i < n; i++) out[i] = this.weights[i]! - this.sums[i]! / this.steps;
    return out;
  }
}
