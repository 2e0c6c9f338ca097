import type { EventRecord, KeyFrequencies } from './event-types.js';
import type { Weights } from './weights.js';

/** Key → inverse document frequency weight. */
export type Idf = (key: string) => number;

/** Smoothed IDF, ln(1 + (N + 1)/(df + 1)): positive even for a key every article holds. */
export function idfFrom(frequencies: KeyFrequencies): Idf {
  return (key) => Math.log(1 + (frequencies.total + 1) / ((frequencies.counts[key] ?? 0) + 1));
}

/** Every `t:` and `e:` key an article and its candidate events hold, to ask the index once. */
export function frequencyKeys(terms: readonly string[], entities: readonly string[], events: readonly EventRecord[]): string[] {
  const keys = new Set<string>();
  for (const term of terms) keys.add(`t:${term}`);
  for (const entity of entities) keys.add(`e:${entity}`);
  for (const event of events) {
    for (const term of Object.keys(event.termWeights)) keys.add(`t:${term}`);
    for (const entity of Object.keys(event.entityWeights)) keys.add(`e:${entity}`);
  }
  return [...keys];
}

/** The vector with each weight scaled by the IDF of `prefix + key`. */
export function weighByIdf(weights: Weights, prefix: string, idf: Idf): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(weights)) out[key] = value * idf(prefix + key);
  return out;
}
