/** A timeline: ISO day (`YYYY-MM-DD`) → its summary sentences, in file order. */
export type Timeline = ReadonlyMap<string, readonly string[]>;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO day; differences equal Python `date.toordinal()` ones. */
export function dayNumber(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS);
}

/** Sorted union of the dates of several timelines. */
export function unionDates(timelines: readonly Timeline[]): string[] {
  const dates = new Set<string>();
  for (const timeline of timelines) for (const date of timeline.keys()) dates.add(date);
  return [...dates].sort();
}
