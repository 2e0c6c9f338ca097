/** Date arithmetic on ISO values at day, month or year granularity. */

const DAY_MS = 86_400_000;

export function granularityOf(value: string | null): 'day' | 'month' | 'year' | null {
  if (value === null) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}$/.test(value)) return 'year';
  return null;
}

/** The ISO day of a value at day granularity or finer, else null. */
export function isoDay(value: string | null): string | null {
  return value !== null && granularityOf(value) === 'day' ? value.slice(0, 10) : null;
}

/** Whole days from `a` to `b` (both ISO days). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `day` to the interval [from, to]; 0 inside it. */
export function distanceToInterval(day: string, from: string, to: string): number {
  if (day < from) return daysBetween(day, from);
  if (day > to) return daysBetween(to, day);
  return 0;
}

/** True when the two values can name the same happening (one contains the other, or days within `slack`). */
export function datesCompatible(a: string, b: string, slack: number): boolean {
  const dayA = isoDay(a);
  const dayB = isoDay(b);
  if (dayA !== null && dayB !== null) return Math.abs(daysBetween(dayA, dayB)) <= slack;
  return a.startsWith(b) || b.startsWith(a);
}
