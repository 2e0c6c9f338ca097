import { PY_PUNCTUATION, pySplit } from './python-text.js';

/**
 * tilse's `compute_rouge_approximation`, the cheap ROUGE-1 F that drives the date alignment:
 * whitespace tokens, case kept, tokens that are substrings of Python's `string.punctuation`
 * dropped: `,` and `)*` go, while `''` and `...` stay.
 */
export function approxRouge1F(predicted: readonly string[], references: readonly (readonly string[])[]): number {
  const pred = bagOfTokens(predicted);
  const refs = references.map(bagOfTokens);
  let match = 0;
  for (const [token, count] of pred) for (const ref of refs) match += Math.min(count, ref.get(token) ?? 0);
  const precisionDen = refs.length * sum(pred);
  const recallDen = refs.reduce((acc, ref) => acc + sum(ref), 0);
  const p = precisionDen ? match / precisionDen : 0;
  const r = recallDen ? match / recallDen : 0;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function bagOfTokens(sentences: readonly string[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const sentence of sentences) {
    for (const token of pySplit(sentence)) {
      if (PY_PUNCTUATION.includes(token)) continue;
      bag.set(token, (bag.get(token) ?? 0) + 1);
    }
  }
  return bag;
}

function sum(bag: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const count of bag.values()) total += count;
  return total;
}
