import type { Idf, Weights } from '../events/index.js';

/**
 * `cosine(weighByIdf(a, prefix, idf), weighByIdf(b, prefix, idf))` without building the
 * weighted copies, bit for bit: the same products summed in the same order. An event is
 * compared with a story and up to eight of its member events for each of 25 candidate
 * stories per article; building a weighted copy of every one of them was most of the
 * stories stage (`bench/scale.mts` profile).
 */

/** One side weighed once: its keys and IDF-weighted values in the record's own key order, and their norm. */
export interface WeighedVector {
  readonly keys: readonly string[];
  readonly values: readonly number[];
  readonly norm: number;
}

/** IDF of `prefix + key`, each key's value computed once per scorer (keys repeat across candidates). */
export function cachedIdf(prefix: string, idf: Idf): (key: string) => number {
  const cache = new Map<string, number>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = idf(prefix + key)));
    return value;
  };
}

export function weighVector(weights: Weights, idf: (key: string) => number): WeighedVector {
  const keys: string[] = [];
  const values: number[] = [];
  let sum = 0;
  for (const [key, value] of Object.entries(weights)) {
    const weighed = value * idf(key);
    keys.push(key);
    values.push(weighed);
    sum += weighed * weighed;
  }
  return { keys, values, norm: Math.sqrt(sum) };
}

/** Cosine of a weighed vector and a record weighed on the fly. */
export function idfCosine(a: WeighedVector, b: Weights, idf: (key: string) => number): number {
  let dot = 0;
  for (let i = 0; i < a.keys.length; i++) {
    const key = a.keys[i]!;
    // A missing key counts 0, as in the weighted copy. (A key the copy would inherit, such
    // as "constructor", makes both this and the copy's product NaN.)
    const value = b[key];
    dot += a.values[i]! * (value === undefined ? 0 : value * idf(key));
  }
  if (dot === 0) return 0;
  const { keys, values } = entriesOf(b);
  let sum = 0;
  for (let i = 0; i < keys.length; i++) {
    const weighed = values[i]! * idf(keys[i]!);
    sum += weighed * weighed;
  }
  return dot / (a.norm * Math.sqrt(sum));
}

/**
 * A record's keys and values in `Object.entries` order, listed once per record object:
 * the same stories and member profiles are weighed for article after article, and listing
 * a 300-key record's entries each time cost as much as the arithmetic.
 */
export function entriesOf(weights: Weights): { readonly keys: readonly string[]; readonly values: readonly number[] } {
  let entries = ENTRIES.get(weights);
  if (entries === undefined) {
    entries = { keys: Object.keys(weights), values: Object.values(weights) };
    ENTRIES.set(weights, entries);
  }
  return entries;
}

const ENTRIES = new WeakMap<Weights, { readonly keys: readonly string[]; readonly values: readonly number[] }>();
