const DAY_MS = 86_400_000;

/** The ISO day (`YYYY-MM-DD`) `days` after (negative: before) `isoDay`. */
export function addDays(isoDay: string, days: number): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) + days * DAY_MS).toISOString().slice(0, 10);
}
