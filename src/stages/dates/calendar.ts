/**
 * Calendar arithmetic on plain day records. Everything runs in UTC through `Date.UTC`, so
 * results never depend on the machine's time zone.
 */

export interface Day {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

const MS_PER_DAY = 86_400_000;

function toEpochDay(d: Day): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

function fromEpochDay(epochDay: number): Day {
  const date = new Date(epochDay * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, days: number): Day {
  return fromEpochDay(toEpochDay(d) + days);
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: Day, b: Day): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function weekday(d: Day): number {
  const js = new Date(toEpochDay(d) * MS_PER_DAY).getUTCDay();
  return js === 0 ? 7 : js;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** ISO-8601 week-numbering year and week of a day. */
export function isoWeek(d: Day): { readonly year: number; readonly week: number } {
  const thursday = addDays(d, 4 - weekday(d));
  const firstOfYear: Day = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(daysBetween(firstOfYear, thursday) / 7) + 1 };
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatYear(year: number): string {
  return pad(year, 4);
}

export function formatMonth(year: number, month: number): string {
  return `${formatYear(year)}-${pad(month)}`;
}

export function formatDay(d: Day): string {
  return `${formatMonth(d.year, d.month)}-${pad(d.day)}`;
}

export function formatWeek(d: Day): string {
  const { year, week } = isoWeek(d);
  return `${formatYear(year)}-W${pad(week)}`;
}

export function formatQuarter(year: number, quarter: number): string {
  return `${formatYear(year)}-Q${quarter}`;
}

/** Shifts a (year, month) pair by `months`, keeping the month in 1..12. */
export function addMonths(year: number, month: number, months: number): { readonly year: number; readonly month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Reads `YYYY-MM-DD…` (any ISO date or date-time) into a day, or null. */
export function parseIsoDay(value: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDay(year, month, day) ? { year, month, day } : null;
}
