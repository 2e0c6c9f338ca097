/**
 * Why a relaxed pair's values differ, in the buckets used for the TempEval-3 error analysis.
 * The first bucket that fits wins, so the order runs from "the gold cannot be matched by a
 * resolver" to the plain calendar slips.
 */
export type ValueErrorBucket =
  | 'decade or century'
  | 'gold underspecified (X)'
  | 'reference words (PRESENT/PAST/FUTURE_REF)'
  | 'duration'
  | 'set'
  | 'quarter or half'
  | 'week'
  | 'part of day'
  | 'clock time'
  | 'day: other week'
  | 'day: other'
  | 'month: other year'
  | 'granularity'
  | 'year'
  | 'other';

const REF = /^(?:PRESENT|PAST|FUTURE)_REF$/;
const DAY = /^(\d{4}-\d{2}-\d{2})$/;

function daysApart(a: string, b: string): number {
  return Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}

export function valueErrorBucket(gold: { type: string; value: string }, system: { value: string }): ValueErrorBucket {
  const g = gold.value;
  const s = system.value;
  const either = (test: RegExp) => test.test(g) || test.test(s);
  // "199X" against "199": two ways of writing a decade, not an unresolvable gold.
  if (either(/^\d{2,3}X?$/)) return 'decade or century';
  if (/X/.test(g) && !/^P/.test(g) && !/X/.test(s)) return 'gold underspecified (X)';
  if (either(REF)) return 'reference words (PRESENT/PAST/FUTURE_REF)';
  if (either(/^P/)) return 'duration';
  if (gold.type === 'SET') return 'set';
  if (either(/-[QH]\d/)) return 'quarter or half';
  if (either(/-W\d/)) return 'week';
  if (either(/T(?:MO|AF|EV|NI)$/)) return 'part of day';
  if (either(/T\d/)) return 'clock time';
  const gd = DAY.exec(g)?.[1];
  const sd = DAY.exec(s)?.[1];
  if (gd && sd) return daysApart(gd, sd) % 7 === 0 ? 'day: other week' : 'day: other';
  if (/^\d{4}-\d{2}$/.test(g) && /^\d{4}-\d{2}$/.test(s) && g.slice(5) === s.slice(5)) return 'month: other year';
  if (g.startsWith(s) || s.startsWith(g)) return 'granularity';
  if (/^\d{4}$/.test(g) && /^\d{4}$/.test(s)) return 'year';
  return 'other';
}
