import type { RougeResources } from './rouge-resources.js';
import { rougeTokens } from './rouge-tokens.js';

/** ROUGE-N counts as `-f A` sums them over model summaries. */
export interface RougeCounts {
  /** Clipped n-gram hits, summed over models. */
  readonly hits: number;
  /** Model n-grams, summed over models. */
  readonly model: number;
  /** Peer n-grams, added once per model (as ROUGE-1.5.5 does). */
  readonly peer: number;
}

/** Multiset of the n-grams of a token list, keyed by the tokens joined with a space. */
export function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function total(counts: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const value of counts.values()) sum += value;
  return sum;
}

/** ROUGE-N of a peer against model summaries; summaries are lists of tokenised sentences. */
export function rougeNCounts(
  peer: readonly (readonly string[])[], models: readonly (readonly (readonly string[])[])[], n: number, resources: RougeResources,
): RougeCounts {
  return rougeNCountsOfTokens(rougeTokens(peer, resources), models.map((m) => rougeTokens(m, resources)), n);
}

/** The same counts from token lists already passed through `rougeTokens`. */
export function rougeNCountsOfTokens(peerTokens: readonly string[], modelTokens: readonly (readonly string[])[], n: number): RougeCounts {
  const peerGrams = ngramCounts(peerTokens, n);
  const peerTotal = total(peerGrams);
  let hits = 0;
  let model = 0;
  let peerSum = 0;
  for (const tokens of modelTokens) {
    const modelGrams = ngramCounts(tokens, n);
    for (const [gram, count] of modelGrams) hits += Math.min(count, peerGrams.get(gram) ?? 0);
    model += total(modelGrams);
    peerSum += peerTotal;
  }
  return { hits, model, peer: peerSum };
}

export interface PrF {
  readonly precision: number;
  readonly recall: number;
  readonly fScore: number;
}

export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function prf(precision: number, recall: number): PrF {
  return { precision, recall, fScore: f1(precision, recall) };
}
