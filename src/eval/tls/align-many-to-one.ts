import { approxRouge1F } from './approx-rouge.js';
import { pySplit } from './python-text.js';
import type { RougeResources } from './rouge-resources.js';
import { prf, rougeNCountsOfTokens, type PrF } from './rouge-n.js';
import { rougeTokens } from './rouge-tokens.js';
import { dayNumber, unionDates, type Timeline } from './timeline.js';

export interface AlignedRouge {
  readonly rouge1: PrF;
  readonly rouge2: PrF;
}

/**
 * tilse's align+ many-to-one ROUGE (`evaluate_align_date_content_costs_many_to_one`):
 * for precision each predicted date is aligned to the reference date of lowest cost, for
 * recall each reference date to the predicted date of lowest cost, where
 * cost = (1 − 1/(|Δdays|+1)) · (1 − approximate ROUGE-1 F) and ties go to the earliest date.
 * ROUGE hits of an aligned pair are weighted by 1/(|Δdays|+1); precision divides the weighted
 * hits by the peer n-grams, recall by the model n-grams.
 */
export function alignManyToOne(predicted: Timeline, references: readonly Timeline[], resources: RougeResources): AlignedRouge {
  const predDates = [...predicted.keys()].sort();
  const refDates = unionDates(references);
  if (predDates.length === 0 || refDates.length === 0) return { rouge1: prf(0, 0), rouge2: prf(0, 0) };
  const refsAt = (date: string): (readonly string[])[] => references.map((tl) => tl.get(date) ?? []);
  const cost = predDates.map((dp) => refDates.map((dr) => {
    const dateFactor = 1 - 1 / (Math.abs(dayNumber(dp) - dayNumber(dr)) + 1);
    return dateFactor * (1 - approxRouge1F(predicted.get(dp) ?? [], refsAt(dr)));
  }));
  const toTokens = (sentences: readonly string[]): string[] => rougeTokens(sentences.map(pySplit), resources);
  const predTokens = predDates.map((date) => toTokens(predicted.get(date) ?? []));
  const refTokens = refDates.map((date) => refsAt(date).map(toTokens));

  const num = { p: [0, 0], r: [0, 0] };
  const den = { p: [0, 0], r: [0, 0] };
  const add = (i: number, j: number, side: 'p' | 'r'): void => {
    const weight = 1 / (Math.abs(dayNumber(predDates[i] ?? '') - dayNumber(refDates[j] ?? '')) + 1);
    for (const n of [1, 2] as const) {
      const counts = rougeNCountsOfTokens(predTokens[i] ?? [], refTokens[j] ?? [], n);
      num[side][n - 1] = (num[side][n - 1] ?? 0) + weight * counts.hits;
      den[side][n - 1] = (den[side][n - 1] ?? 0) + (side === 'p' ? counts.peer : counts.model);
    }
  };
  predDates.forEach((_, i) => add(i, argmin(cost[i] ?? []), 'p'));
  refDates.forEach((_, j) => add(argmin(cost.map((row) => row[j] ?? Infinity)), j, 'r'));

  const score = (n: 0 | 1): PrF => {
    const ratio = (a: number | undefined, b: number | undefined): number => (b ? (a ?? 0) / b : 0);
    return prf(ratio(num.p[n], den.p[n]), ratio(num.r[n], den.r[n]));
  };
  return { rouge1: score(0), rouge2: score(1) };
}

/** numpy's argmin: the first index of the minimum. */
function argmin(row: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < row.length; i++) if ((row[i] ?? Infinity) < (row[best] ?? Infinity)) best = i;
  return best;
}
