import { labelFeatureHashes, type TokenFeatures } from '../../stages/quotes/feature-hash.js';
import { argmax, hashedModel } from '../../stages/quotes/perceptron-tagger.js';

/** One paragraph: each token's features and its gold label. */
export interface TrainingSequence {
  readonly features: readonly TokenFeatures[];
  readonly labels: readonly string[];
}

export interface TrainOptions {
  readonly epochs: number;
  /** Features whose largest scaled weight (out of SCALE) is below this are dropped. */
  readonly prune: number;
}

/** Largest shipped weight: integers keep the file small, and scores only compare. */
const SCALE = 10000;

interface Entry { readonly w: Float64Array; readonly total: Float64Array; readonly stamp: Float64Array }

/** Deterministic shuffle (xorshift seeded by the epoch), so training is reproducible. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = (seed * 2654435761) >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Averaged perceptron (Collins 2002) for the greedy tagger. The previous label seen in
 * training is the model's own guess, as at inference; averaging uses lazy timestamps.
 */
export function trainTagger(sequences: readonly TrainingSequence[], labels: readonly string[], options: TrainOptions): ReturnType<typeof hashedModel> {
  const n = labels.length;
  const weights = new Map<number, Entry>();
  const index = new Map(labels.map((l, i) => [l, i]));
  let step = 0;
  const update = (feature: number, label: number, delta: number): void => {
    let entry = weights.get(feature);
    if (!entry) weights.set(feature, (entry = { w: new Float64Array(n), total: new Float64Array(n), stamp: new Float64Array(n) }));
    entry.total[label]! += (step - entry.stamp[label]!) * entry.w[label]!;
    entry.stamp[label] = step;
    entry.w[label]! += delta;
  };
  const scores = new Float64Array(n);
  const add = (features: ArrayLike<number>): void => {
    for (let k = 0; k < features.length; k++) {
      const entry = weights.get(features[k]!);
      if (entry) for (let l = 0; l < n; l++) scores[l]! += entry.w[l]!;
    }
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const sequence of shuffled(sequences, epoch + 1)) {
      let previous = '^';
      sequence.features.forEach((token, i) => {
        step++;
        const dynamic = labelFeatureHashes(token.word, previous);
        scores.fill(0);
        add(token.hashes);
        add(dynamic);
        const guess = argmax(scores);
        const truth = index.get(sequence.labels[i] ?? 'O') ?? 0;
        if (guess !== truth) for (const f of [...token.hashes, ...dynamic]) { update(f, truth, 1); update(f, guess, -1); }
        previous = labels[guess] ?? 'O';
      });
    }
  }
  return hashedModel(labels, scaledAverages(weights, step, options.prune));
}

function scaledAverages(weights: ReadonlyMap<number, Entry>, step: number, prune: number): Map<number, Int32Array> {
  const averaged = new Map<number, Float64Array>();
  let largest = 1e-9;
  for (const [feature, { w, total, stamp }] of weights) {
    const avg = w.map((value, l) => (total[l]! + (step - stamp[l]!) * value) / step);
    for (const v of avg) largest = Math.max(largest, Math.abs(v));
    averaged.set(feature, avg);
  }
  const kept = new Map<number, Int32Array>();
  for (const [feature, avg] of averaged) {
    const scaled = Int32Array.from(avg, (v) => Math.round((v / largest) * SCALE));
    if (scaled.some((v) => Math.abs(v) >= prune)) kept.set(feature, scaled);
  }
  return kept;
}
