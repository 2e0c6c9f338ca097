export interface BCubedScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly items: number;
}

/**
 * BCubed precision, recall and F1 (Bagga & Baldwin 1998; Amigó et al. 2009) of a predicted
 * clustering against a gold one. Both map item → cluster label; items missing from
 * `predicted` count as singletons. Per item: precision = share of its predicted cluster
 * that shares its gold cluster, recall = share of its gold cluster that shares its predicted
 * cluster; averaged over items; F1 = 2PR / (P + R) of the averages.
 */
export function bcubed(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): BCubedScore {
  const label = (item: string) => predicted.get(item) ?? `\u0000singleton:${item}`;
  const goldSizes = countBy([...gold.keys()], (item) => gold.get(item) ?? '');
  const predictedSizes = countBy([...gold.keys()], label);
  const bothSizes = countBy([...gold.keys()], (item) => `${gold.get(item) ?? ''}\u0000${label(item)}`);
  let precision = 0;
  let recall = 0;
  for (const [item, goldLabel] of gold) {
    const both = bothSizes.get(`${goldLabel}\u0000${label(item)}`) ?? 0;
    precision += both / (predictedSizes.get(label(item)) ?? 1);
    recall += both / (goldSizes.get(goldLabel) ?? 1);
  }
  const items = gold.size;
  if (items === 0) return { precision: 0, recall: 0, f1: 0, items };
  precision /= items;
  recall /= items;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, items };
}

function countBy(items: readonly string[], key: (item: string) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
