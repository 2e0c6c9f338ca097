import { fnv1a32 } from '../../core/hash.js';
import { labelHash, labelWordHash, type TokenFeatures } from './feature-hash.js';

/**
 * A greedy left-to-right sequence tagger scored by an averaged perceptron: each token's
 * label is the best-scoring one given its own features plus the label just assigned to the
 * token before (alone and paired with the token's word). Features are FNV-1a hashes
 * (`feature-hash.ts`). Weights are learned offline (`src/eval/quotes/train-tagger.ts`).
 */
export interface TaggerModel {
  readonly labels: readonly string[];
  /** Adds the weights of the feature with this hash, if the model knows it, to `scores`. */
  addWeights(hash: number, scores: Float64Array): void;
}

/** A model over a map of feature hashes: what training produces. */
export function hashedModel(labels: readonly string[], weights: ReadonlyMap<number, ArrayLike<number>>): TaggerModel & { readonly weights: ReadonlyMap<number, ArrayLike<number>> } {
  return {
    labels,
    weights,
    addWeights: (hash, scores) => {
      const values = weights.get(hash);
      if (values) for (let l = 0; l < scores.length; l++) scores[l]! += values[l] ?? 0;
    },
  };
}

/** A model over written-out feature names (`w=said`): for tests. */
export function namedModel(labels: readonly string[], weights: ReadonlyMap<string, ArrayLike<number>>): TaggerModel {
  return hashedModel(labels, new Map([...weights].map(([name, values]) => [fnv1a32(name), values])));
}

/** Index of the best score; ties go to the first label, so outputs are deterministic. */
export function argmax(scores: Float64Array): number {
  let best = 0;
  for (let l = 1; l < scores.length; l++) if (scores[l]! > scores[best]!) best = l;
  return best;
}

/** Labels for a whole sequence, greedily. */
export function tagSequence(model: TaggerModel, tokens: readonly TokenFeatures[]): string[] {
  const labels: string[] = [];
  const scores = new Float64Array(model.labels.length);
  const previousHashes = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = labels[i - 1] ?? '^';
    let previousHash = previousHashes.get(previous);
    if (previousHash === undefined) previousHashes.set(previous, (previousHash = labelHash(previous)));
    scores.fill(0);
    for (let k = 0; k < token.hashes.length; k++) model.addWeights(token.hashes[k]!, scores);
    model.addWeights(previousHash, scores);
    model.addWeights(labelWordHash(previousHash, token.word), scores);
    labels.push(model.labels[argmax(scores)] ?? 'O');
  }
  return labels;
}

/**
 * Labels for a whole sequence by Viterbi search over the same scores: the best sequence
 * instead of the best label at each step, given the label-pair features.
 */
export function viterbiSequence(model: TaggerModel, tokens: readonly TokenFeatures[]): string[] {
  const n = model.labels.length;
  if (tokens.length === 0) return [];
  const starts = ['^', ...model.labels];
  const startHashes = starts.map(labelHash);
  const own = new Float64Array(n);
  const scores = new Float64Array(n);
  let best = new Float64Array(n);
  const back: Int8Array[] = [];
  tokens.forEach((token, i) => {
    own.fill(0);
    for (let k = 0; k < token.hashes.length; k++) model.addWeights(token.hashes[k]!, own);
    const next = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
    const from = new Int8Array(n);
    const previousSet = i === 0 ? [0] : model.labels.map((_, l) => l + 1);
    for (const p of previousSet) {
      scores.set(own);
      model.addWeights(startHashes[p]!, scores);
      model.addWeights(labelWordHash(startHashes[p]!, token.word), scores);
      const base = i === 0 ? 0 : best[p - 1]!;
      for (let l = 0; l < n; l++) {
        if (base + scores[l]! > next[l]!) { next[l] = base + scores[l]!; from[l] = p - 1; }
      }
    }
    back.push(from);
    best = next;
  });
  let label = argmax(best);
  const labels = new Array<string>(tokens.length);
  for (let i = tokens.length - 1; i >= 0; i--) {
    labels[i] = model.labels[label] ?? 'O';
    label = back[i]![label]!;
  }
  return labels;
}
