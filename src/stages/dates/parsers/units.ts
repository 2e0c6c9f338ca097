import { addDays, addMonths, formatDay, formatMonth, formatQuarter, formatWeek, formatYear, quarterOf, type Day } from '../calendar.js';
import type { Granularity } from '../../../core/model.js';

/** Calendar units a count can measure, with their TIMEX3 duration letters. */
export const UNIT_PATTERN = '(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centuries)';

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
  quarter: { letter: 'Q', time: false, factor: 1, granularity: 'quarter' },
  year: { letter: 'Y', time: false, factor: 1, granularity: 'year' },
  decade: { letter: 'Y', time: false, factor: 10, granularity: 'decade' },
  century: { letter: 'Y', time: false, factor: 100, granularity: 'century' },
};

export function unitInfo(word: string): UnitInfo | null {
  const singular = word.toLowerCase().replace(/^centuries$/, 'century').replace(/s$/, '');
  return UNITS[singular] ?? null;
}

// How a fraction of a unit is written in the next smaller one ("2 1/2 years" = P2Y6M).
const SMALLER: Partial<Record<Granularity, { readonly letter: string; readonly time: boolean; readonly per: number }>> = {
  year: { letter: 'M', time: false, per: 12 }, quarter: { letter: 'M', time: false, per: 3 },
  week: { letter: 'D', time: false, per: 7 }, day: { letter: 'H', time: true, per: 24 },
  hour: { letter: 'M', time: true, per: 60 }, minute: { letter: 'S', time: true, per: 60 },
};

/** TIMEX3 duration value: `P3D`, `PT2H`, `P2Y6M`, `PT5H30M`, `PXY` for vague counts. */
export function durationValue(count: number | 'X', unit: UnitInfo): string {
  const lead = unit.time ? 'PT' : 'P';
  if (count === 'X') return `${lead}X${unit.letter}`;
  const n = count * unit.factor;
  const whole = Math.floor(n);
  const smaller = unit.factor === 1 ? SMALLER[unit.granularity] : undefined;
  const rest = smaller ? Math.round((n - whole) * smaller.per) : 0;
  if (!smaller || rest === 0) return `${lead}${Number.isInteger(n) ? n : whole}${unit.letter}`;
  const head = whole > 0 ? `${whole}${unit.letter}` : '';
  const tail = `${rest}${smaller.letter}`;
  if (unit.time) return `PT${head}${tail}`;
  return smaller.time ? `P${head}T${tail}` : `P${head}${tail}`;
}

/** The date `count` units before (negative) or after the reference, at the unit's granularity. */
export function shiftedDate(ref: Day, unit: UnitInfo, count: number): { value: string; granularity: Granularity } | null {
  const n = count * unit.factor;
  if (!Number.isInteger(n) || unit.time) return null;
  switch (unit.letter) {
    case 'D': return { value: formatDay(addDays(ref, n)), granularity: 'day' };
    case 'W': return { value: formatWeek(addDays(ref, 7 * n)), granularity: 'week' };
    case 'M': { const m = addMonths(ref.year, ref.month, n); return { value: formatMonth(m.year, m.month), granularity: 'month' }; }
    case 'Q': { const m = addMonths(ref.year, ref.month, 3 * n); return { value: formatQuarter(m.year, quarterOf(m.month)), granularity: 'quarter' }; }
    default: return { value: formatYear(ref.year + n), granularity: 'year' };
  }
}
