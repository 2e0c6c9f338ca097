import { maxWeightMatching } from './max-weight-matching.js';

/** A clustering of mentions: mention id → cluster id. */
export type Partition = ReadonlyMap<string, string>;

/** Recall and precision as the scorer keeps them (numerators and denominators), and F1. */
export interface MetricScore {
  readonly recall: number;
  readonly precision: number;
  readonly f1: number;
  readonly recallNum: number;
  readonly recallDen: number;
  readonly precisionNum: number;
  readonly precisionDen: number;
}

export interface CorefScores {
  readonly muc: MetricScore;
  readonly bcubed: MetricScore;
  readonly ceafe: MetricScore;
  /** Mean of the MUC, B³ and CEAF-e F1 (the CoNLL-2012 score). */
  readonly conll: number;
}

type Chains = readonly (readonly string[])[];

/** Chains of a partition, in first-seen order of mentions. */
export function chainsOf(partition: Partition): string[][] {
  const chains = new Map<string, string[]>();
  for (const [mention, cluster] of partition) {
    const chain = chains.get(cluster);
    if (chain) chain.push(mention);
    else chains.set(cluster, [mention]);
  }
  return [...chains.values()];
}

/** F1 as the reference scorer's ShowRPF: 0 when a denominator or P + R is 0. */
export function metricScore(recallNum: number, recallDen: number, precisionNum: number, precisionDen: number): MetricScore {
  const recall = recallDen ? recallNum / recallDen : 0;
  const precision = precisionDen ? precisionNum / precisionDen : 0;
  const f1 = recall + precision ? (2 * precision * recall) / (precision + recall) : 0;
  return { recall, precision, f1, recallNum, recallDen, precisionNum, precisionDen };
}

/**
 * MUC (Vilain et al. 1995) as scorer v8.01 runs it: key mentions the response lacks are
 * added to it as singletons and response singletons absent from the key are dropped;
 * twinless mentions in larger response chains stay and cost precision.
 */
export function muc(key: Partition, response: Partition): MetricScore {
  const responseChains = chainsOf(response).filter((c) => c.length > 1 || key.has(c[0] ?? ''));
  for (const mention of key.keys()) if (!response.has(mention)) responseChains.push([mention]);
  let correct = 0;
  for (const chain of responseChains) {
    const perKey = new Map<string, number>();
    for (const m of chain) {
      const k = key.get(m);
      if (k !== undefined) perKey.set(k, (perKey.get(k) ?? 0) + 1);
    }
    for (const n of perKey.values()) correct += n - 1;
  }
  const links = (chains: Chains): number => chains.reduce((sum, c) => sum + (c.length ? c.length - 1 : 0), 0);
  return metricScore(correct, links(chainsOf(key)), correct, links(responseChains));
}

/** B³ (Bagga & Baldwin 1998), twinless mentions handled as in scorer v8 (no Cai & Strube changes). */
export function bcubed(key: Partition, response: Partition): MetricScore {
  const keyChains = new Map(chainsOf(key).map((c) => [key.get(c[0] ?? '') ?? '', c]));
  let recallNum = 0;
  let precisionNum = 0;
  for (const chain of chainsOf(response)) {
    const perKey = new Map<string, number>();
    for (const m of chain) {
      const k = key.get(m);
      if (k !== undefined) perKey.set(k, (perKey.get(k) ?? 0) + 1);
    }
    for (const [k, common] of perKey) {
      precisionNum += (common * common) / chain.length;
      recallNum += (common * common) / (keyChains.get(k)?.length ?? 1);
    }
  }
  return metricScore(recallNum, key.size, precisionNum, response.size);
}

/**
 * CEAF-e (Luo 2005): the best one-to-one alignment of key and response entities under
 * φ4 = 2|K∩R| / (|K| + |R|). Entities that share no mention score 0 together, so the
 * alignment is solved per connected component of the overlap graph — same optimum as
 * the scorer's one big Munkres matrix, at a fraction of the cost.
 */
export function ceafe(key: Partition, response: Partition): MetricScore {
  const keyChains = chainsOf(key);
  const responseChains = chainsOf(response);
  const responseIndex = new Map<string, number>();
  responseChains.forEach((c, j) => c.forEach((m) => responseIndex.set(m, j)));
  const overlaps = keyChains.map((chain) => {
    const common = new Map<number, number>();
    for (const m of chain) {
      const j = responseIndex.get(m);
      if (j !== undefined) common.set(j, (common.get(j) ?? 0) + 1);
    }
    return common;
  });
  let similarity = 0;
  for (const component of components(overlaps, responseChains.length)) {
    const weights = component.keys.map((i) =>
      component.responses.map((j) => {
        const common = overlaps[i]?.get(j) ?? 0;
        return common ? (2 * common) / ((keyChains[i]?.length ?? 0) + (responseChains[j]?.length ?? 0)) : 0;
      }),
    );
    similarity += maxWeightMatching(weights).total;
  }
  return metricScore(similarity, keyChains.length, similarity, responseChains.length);
}

/** Connected components of the key–response overlap graph (only those with an edge). */
function components(overlaps: readonly ReadonlyMap<number, number>[], responses: number): { keys: number[]; responses: number[] }[] {
  const keysOfResponse = Array.from({ length: responses }, () => [] as number[]);
  overlaps.forEach((common, i) => common.forEach((_, j) => keysOfResponse[j]?.push(i)));
  const seenKey = new Set<number>();
  const result: { keys: number[]; responses: number[] }[] = [];
  for (let start = 0; start < overlaps.length; start++) {
    if (seenKey.has(start) || (overlaps[start]?.size ?? 0) === 0) continue;
    const keys: number[] = [];
    const found = new Set<number>();
    const stack = [start];
    seenKey.add(start);
    while (stack.length) {
      const i = stack.pop() ?? 0;
      keys.push(i);
      for (const j of overlaps[i]?.keys() ?? []) {
        if (found.has(j)) continue;
        found.add(j);
        for (const other of keysOfResponse[j] ?? []) {
          if (!seenKey.has(other)) {
            seenKey.add(other);
            stack.push(other);
          }
        }
      }
    }
    result.push({ keys: keys.sort((a, b) => a - b), responses: [...found].sort((a, b) => a - b) });
  }
  return result;
}

/** MUC, B³, CEAF-e and their mean F1 (CoNLL), as reference scorer v8.01 computes them. */
export function scoreCoref(key: Partition, response: Partition): CorefScores {
  const scores = { muc: muc(key, response), bcubed: bcubed(key, response), ceafe: ceafe(key, response) };
  return { ...scores, conll: (scores.muc.f1 + scores.bcubed.f1 + scores.ceafe.f1) / 3 };
}
