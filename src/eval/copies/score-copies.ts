import type { BenchmarkDocument } from './build-copies-benchmark.js';

export interface CopyScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly goldPairs: number;
  readonly predictedPairs: number;
  /** Predicted copy pairs between two distinct sources of one event (the costly mistake). */
  readonly sameEventFalsePairs: number;
  /** All predicted pairs between two distinct sources. */
  readonly falsePairs: number;
}

/**
 * Pairwise precision and recall of the copy relation. Predicted groups are the transitive
 * closure of the links found (each document to the copy it matched), as the store keeps flat
 * duplicate groups; gold groups are a source and its copies.
 */
export function scoreCopies(documents: readonly BenchmarkDocument[], links: ReadonlyMap<string, string>): CopyScore {
  const group = unionFind(documents.map((d) => d.id), links);
  const byGroup = new Map<string, BenchmarkDocument[]>();
  for (const doc of documents) {
    const root = group(doc.id);
    byGroup.set(root, [...(byGroup.get(root) ?? []), doc]);
  }
  let predictedPairs = 0;
  let truePairs = 0;
  let sameEventFalsePairs = 0;
  for (const members of byGroup.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i] as BenchmarkDocument;
        const b = members[j] as BenchmarkDocument;
        predictedPairs++;
        if (a.family === b.family) truePairs++;
        else if (a.event === b.event) sameEventFalsePairs++;
      }
    }
  }
  const familySizes = new Map<string, number>();
  for (const doc of documents) familySizes.set(doc.family, (familySizes.get(doc.family) ?? 0) + 1);
  const goldPairs = [...familySizes.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
  const precision = predictedPairs === 0 ? 1 : truePairs / predictedPairs;
  const recall = goldPairs === 0 ? 1 : truePairs / goldPairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, goldPairs, predictedPairs, sameEventFalsePairs, falsePairs: predictedPairs - truePairs };
}

function unionFind(ids: readonly string[], links: ReadonlyMap<string, string>): (id: string) => string {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while ((parent.get(root) ?? root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  for (const [from, to] of links) {
    const a = find(from);
    const b = find(to);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  return find;
}
