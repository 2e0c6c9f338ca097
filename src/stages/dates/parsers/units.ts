import { addDays, addMonths, formatDay, formatMonth, formatWeek, formatYear, type Day } from '../calendar.js';
import type { Granularity } from '../../../core/model.js';

/** Calendar units a count can measure, with their TIMEX3 duration letters. */
export const UNIT_PATTERN = '(?:second|minute|hour|day|week|fortnight|month|year|decade|century|centuries)';

export interface UnitInfo {
  readonly letter: string;
  readonly time: boolean;
  /** Multiplier applied to the count before writing it (a decade is ten years). */
  readonly factor: number;
  readonly granularity: Granularity;
}

const UNITS: Readonly<Record<string, UnitInfo>> = {
  second: { letter: 'S', time: true, factor: 1, granularity: 'second' },
  minute: { letter: 'M', time: true, factor: 1, granularity: 'minute' },
  hour: { letter: 'H', time: true, factor: 1, granularity: 'hour' },
  day: { letter: 'D', time: false, factor: 1, granularity: 'day' },
  week: { letter: 'W', time: false, factor: 1, granularity: 'week' },
  fortnight: { letter: 'W', time: false, factor: 2, granularity: 'week' },
  month: { letter: 'M', time: false, factor: 1, granularity: 'month' },
  year: { letter: 'Y', time: false, factor: 1, granularity: 'year' },
  decade: { letter: 'Y', time: false, factor: 10, granularity: 'decade' },
  century: { letter: 'Y', time: false, factor: 100, granularity: 'century' },
};

export function unitInfo(word: string): UnitInfo | null {
  const singular = word.toLowerCase().replace(/^centuries$/, 'century').replace(/s$/, '');
  return UNITS[singular] ?? null;
}

/** TIMEX3 duration value: `P3D`, `PT2H`, `PXY` for vague counts. */
export function durationValue(count: number | 'X', unit: UnitInfo): string {
  const amount = count === 'X' ? 'X' : formatAmount(count * unit.factor);
  return unit.time ? `PT${amount}${unit.letter}` : `P${amount}${unit.letter}`;
}

function formatAmount(n: number): string {
  return Number.isInteger(n) ? String(n) : String(n).replace(/\.?0+$/, '');
}

/** The date `count` units before (negative) or after the reference, at the unit's granularity. */
export function shiftedDate(ref: Day, unit: UnitInfo, count: number): { value: string; granularity: Granularity } | null {
  const n = count * unit.factor;
  if (!Number.isInteger(n) || unit.time) return null;
  switch (unit.letter) {
    case 'D': return { value: formatDay(addDays(ref, n)), granularity: 'day' };
    case 'W': return { value: formatWeek(addDays(ref, 7 * n)), granularity: 'week' };
    case 'M': { const m = addMonths(ref.year, ref.month, n); return { value: formatMonth(m.year, m.month), granularity: 'month' }; }
    default: return { value: formatYear(ref.year + n), granularity: 'year' };
  }
}
