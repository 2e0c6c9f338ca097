import type { UnionFind } from './union-find.js';

/**
 * Merges items that share a key, each into the first earlier chain under that key that
 * agrees with it (so one contradicting chain does not block the others). Items are taken
 * in the given order; ids are mention ids.
 */
export function mergeByKeys<T>(items: readonly T[], idOf: (item: T) => string, keysOf: (item: T) => readonly string[], sets: UnionFind): void {
  const holders = new Map<string, string[]>();
  for (const item of items) {
    const id = idOf(item);
    for (const key of keysOf(item)) {
      const list = holders.get(key) ?? [];
      if (!list.some((other) => sets.union(other, id))) list.push(id);
      holders.set(key, list);
    }
  }
}
