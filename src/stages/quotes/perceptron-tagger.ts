import { fnv1a32 } from '../../core/hash.js';
import { labelHash, labelWordHash, labelWordPrefix, type TokenFeatures } from './feature-hash.js';

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
  /**
   * Reads the table slots these hashes start at and nothing else, before they are looked up:
   * independent reads the processor overlaps, where the lookups, each waiting on its own
   * slot, would meet the cache misses one at a time. Only a speed-up; the result means nothing.
   */
  touch?(hashes: Uint32Array): number;
}

/** Taggers over the same features whose weights one lookup adds side by side (each model's labels in turn). */
export interface TaggerGroup {
  readonly labelSets: readonly (readonly string[])[];
  addWeights(hash: number, scores: Float64Array): void;
  /** As `TaggerModel.touch`. */
  touch?(hashes: Uint32Array): number;
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
  return viterbiSequences({ labelSets: [model.labels], addWeights: model.addWeights, touch: model.touch }, tokens)[0] ?? [];
}

/**
 * `viterbiSequence` for each tagger of a group over the same tokens, each feature looked up
 * once for all of them. A token's own scores are looked up once, the `t=<label>` weights once
 * per sequence, and each model's scores are summed in the same order as `tagSequence` (own
 * features, then `t=`, then `t=|w=`), so each result equals that model's alone.
 */
export function viterbiSequences(group: TaggerGroup, tokens: readonly TokenFeatures[]): string[][] {
  const total = group.labelSets.reduce((sum, labels) => sum + labels.length, 0);
  if (tokens.length === 0) return group.labelSets.map(() => []);
  // Every label a token can follow, `^` (the sequence start) first; a group's models usually share them.
  const starts = [...new Set(['^', ...group.labelSets.flat()])];
  const startIndex = new Map(starts.map((label, i) => [label, i]));
  const startHashes = starts.map(labelHash);
  const startWeights = startHashes.map((hash) => {
    const weights = new Float64Array(total);
    group.addWeights(hash, weights);
    return weights;
  });
  const wordPrefixes = startHashes.map(labelWordPrefix);
  const wordWeights = starts.map(() => new Float64Array(total));
  const own = new Float64Array(total);
  const models = modelSteps(group.labelSets, startIndex, tokens.length);
  let touched = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    own.fill(0);
    touched ^= group.touch?.(token.hashes) ?? 0;
    for (let k = 0; k < token.hashes.length; k++) group.addWeights(token.hashes[k]!, own);
    const used = i === 0 ? 1 : starts.length;
    for (let s = 0; s < used; s++) {
      wordWeights[s]!.fill(0);
      group.addWeights(fnv1a32(token.word, wordPrefixes[s]!), wordWeights[s]!);
    }
    for (const model of models) model.step(i, own, startWeights, wordWeights);
  }
  // Keeps the touched reads from being optimised away (an xor of integers is never 0.5).
  if (touched === 0.5) throw new Error('unreachable');
  return models.map((model) => model.labels());
}

/** One model's Viterbi lattice inside a group: its slice of the group's scores. */
function modelSteps(labelSets: readonly (readonly string[])[], startIndex: ReadonlyMap<string, number>, length: number) {
  let offset = 0;
  return labelSets.map((labels) => {
    const n = labels.length;
    const at = offset;
    offset += n;
    // Start-label index of `^` and of each of this model's labels as the label before.
    const previous = [0, ...labels.map((label) => startIndex.get(label) ?? 0)];
    const scores = new Float64Array(n);
    let best = new Float64Array(n);
    let next = new Float64Array(n);
    const back = new Int8Array(length * n);
    const step = (i: number, own: Float64Array, startWeights: readonly Float64Array[], wordWeights: readonly Float64Array[]): void => {
      next.fill(Number.NEGATIVE_INFINITY);
      const first = i === 0 ? 0 : 1;
      const last = i === 0 ? 0 : n;
      for (let p = first; p <= last; p++) {
        const label = startWeights[previous[p]!]!;
        const word = wordWeights[previous[p]!]!;
        for (let l = 0; l < n; l++) scores[l] = own[at + l]! + label[at + l]! + word[at + l]!;
        const base = i === 0 ? 0 : best[p - 1]!;
        for (let l = 0; l < n; l++) {
          if (base + scores[l]! > next[l]!) { next[l] = base + scores[l]!; back[i * n + l] = p - 1; }
        }
      }
      [best, next] = [next, best];
    };
    const decode = (): string[] => {
      let label = argmax(best);
      const out = new Array<string>(length);
      for (let i = length - 1; i >= 0; i--) {
        out[i] = labels[label] ?? 'O';
        label = back[i * n + label]!;
      }
      return out;
    };
    return { step, labels: decode };
  });
}
