/** Small helpers over sparse weight maps, shared by events and stories. */

export type Weights = Readonly<Record<string, number>>;

/** Rank weight of the i-th most salient term: 1 for the first, 0.5 for the 11th, 0.2 for the 41st. */
export function rankWeight(rank: number): number {
  return 1 / (1 + rank / 10);
}

/** Keys in order, weighted by rank, duplicates dropped. */
export function rankedWeights(keys: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  keys.forEach((key, rank) => {
    if (!(key in out)) out[key] = rankWeight(rank);
  });
  return out;
}

export function addWeights(a: Weights, b: Weights, scale = 1): Record<string, number> {
  const out: Record<string, number> = { ...a };
  for (const [key, value] of Object.entries(b)) out[key] = (out[key] ?? 0) + value * scale;
  return out;
}

/** Keys sorted by weight (then key), heaviest first. */
export function topKeys(weights: Weights, limit: number): string[] {
  return Object.entries(weights)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([key]) => key);
}

/** The `limit` heaviest entries, as a record with keys in weight order (stable serialisation). */
export function keepTop(weights: Weights, limit: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of topKeys(weights, limit)) out[key] = round(weights[key] ?? 0);
  return out;
}

export function cosine(a: Weights, b: Weights): number {
  let dot = 0;
  for (const [key, value] of Object.entries(a)) dot += value * (b[key] ?? 0);
  if (dot === 0) return 0;
  return dot / (norm(a) * norm(b));
}

/** Shared keys, heaviest in `a` first. */
export function sharedKeys(a: Weights, b: Weights, limit: number): string[] {
  return topKeys(Object.fromEntries(Object.entries(a).filter(([key]) => (b[key] ?? 0) > 0)), limit);
}

function norm(weights: Weights): number {
  let sum = 0;
  for (const value of Object.values(weights)) sum += value * value;
  return Math.sqrt(sum);
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
