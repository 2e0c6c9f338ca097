import { fnv1a32 } from '../../core/hash.js';

/**
 * Features are named `name=value|value…` but never built as strings: their FNV-1a hash is
 * computed part by part (FNV continues from any prefix's hash), which equals the hash of
 * the joined name and saves allocating ~40 strings per token.
 */
const BAR = '|'.charCodeAt(0);
const PREFIXES = new Map<string, number>();

/** Hash of `name=`; the names are a few dozen constants, so each is hashed once. */
function prefixHash(name: string): number {
  let hash = PREFIXES.get(name);
  if (hash === undefined) {
    hash = fnv1a32('=', fnv1a32(name));
    PREFIXES.set(name, hash);
  }
  return hash;
}

/** One FNV-1a step over a single character code. */
const step = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193) >>> 0;

export function featureHash(name: string, value: string, second?: string, third?: string): number {
  let hash = fnv1a32(value, prefixHash(name));
  if (second !== undefined) hash = fnv1a32(second, step(hash, BAR));
  if (third !== undefined) hash = fnv1a32(third, step(hash, BAR));
  return hash;
}

/** A token's features: its word (for the label-pair feature) and its own feature hashes. */
export interface TokenFeatures {
  readonly word: string;
  readonly hashes: Uint32Array;
}

/** Token features from written-out names (`w=said`): for tests and small hand-made models. */
export function namedFeatures(word: string, names: readonly string[]): TokenFeatures {
  return { word, hashes: Uint32Array.from(names, (n) => fnv1a32(n)) };
}

/** Hash of `t=<label>`: the feature of the label before. */
export const labelHash = (previousLabel: string): number => featureHash('t', previousLabel);

/** Hash of `t=<label>|w=<word>`, continuing from `labelHash(label)`. */
export const labelWordHash = (labelHashValue: number, word: string): number => fnv1a32(word, labelWordPrefix(labelHashValue));

/** Hash of `t=<label>|w=`, from which `labelWordHash` continues with the word. */
export const labelWordPrefix = (labelHashValue: number): number => fnv1a32('w=', step(labelHashValue, BAR));

/**
 * The features that depend on the label before — `t=<label>` and `t=<label>|w=<word>` —
 * what makes the tagger a sequence model.
 */
export function labelFeatureHashes(word: string, previousLabel: string): readonly [number, number] {
  const label = labelHash(previousLabel);
  return [label, labelWordHash(label, word)];
}
