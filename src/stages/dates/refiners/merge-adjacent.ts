import { addDays, formatDay, formatWeek, isValidDay, parseIsoDay, weekday, type Day } from '../calendar.js';
import type { Candidate } from '../context.js';
import { weekdayNumber } from '../vocabulary.js';

/**
 * Joins a weekday and the calendar date right after it ("Monday, Oct. 23" → one DATE with
 * the calendar date's value): the explicit date is more reliable than the tense guess, and
 * when the year was inferred the weekday picks it (the nearest year where Oct. 23 is a Monday).
 */
export function mergeWeekdayDate(candidates: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const current = candidates[i];
    const next = candidates[i + 1];
    if (!current) continue;
    const gap = next ? text.slice(current.end, next.start) : '';
    if (next && current.source === 'weekday' && current.type === 'DATE' && /^,?\s*(?:the\s+)?$/.test(gap)
      && next.granularity === 'day' && /^(?:\d{4}|XXXX)-\d{2}-\d{2}$/.test(next.value)) {
      const value = next.anchor === 'publication' ? yearFromWeekday(next.value, text.slice(current.start, current.end)) : next.value;
      out.push({ ...next, value, start: current.start, source: 'merge-weekday-date' });
      i++;
      continue;
    }
    out.push(current);
  }
  return out;
}

/**
 * A clock time next to a day takes that day's date instead of the publication day. A day
 * right after the time ("9 a.m. EST Tuesday", "noon Nov. 9") joins it in one TIME, as TIMEX3
 * annotates it; a day before it ("Monday at 3 p.m.") stays a separate expression.
 */
export function attachTimesToDays(candidates: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const time = candidates[i];
    if (!time) continue;
    if (time.source !== 'clock-time' && time.source !== 'day-part') {
      out.push(time);
      continue;
    }
    const clock = time.value.slice(time.value.indexOf('T'));
    const after = candidates[i + 1];
    if (after && isDay(after) && /^,?\s*(?:on\s+)?$/.test(text.slice(time.end, after.start))) {
      out.push({ ...time, end: after.end, value: after.value + clock, anchor: after.anchor, source: 'merge-time-day' });
      i++;
      continue;
    }
    // "10:35 a.m. (0735 GMT) Friday": the day across a bracketed aside dates the time, and the
    // two stay separate expressions.
    if (after && isDay(after) && /^\s*\([^()]{1,30}\)\s*,?\s*(?:on\s+)?$/.test(text.slice(time.end, after.start))) {
      out.push({ ...time, value: after.value + clock, anchor: after.anchor });
      continue;
    }
    const before = out[out.length - 1];
    if (before && isDay(before) && /^,?\s*(?:at|,)?\s*$/.test(text.slice(before.end, time.start))) {
      out.push({ ...time, value: before.value + clock, anchor: before.anchor });
      continue;
    }
    out.push(time);
  }
  return out;
}

function isDay(candidate: Candidate): boolean {
  return candidate.granularity === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(candidate.value);
}

// A month, quarter, half or season without its year ("June", "the fourth quarter", "spring").
const PART_VALUE = /^(\d{4}|XXXX)-(\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI)$/;
const YEAR_VALUE = /^(\d{4}|XXXX)$/;
const PART_SOURCES = new Set(['month-name', 'quarter', 'season']);

/**
 * "January this year", "June last year", "the fourth quarter of last year", "spring of next
 * year": the part takes the year of the relative period right after it, and the two become
 * one expression, as TIMEX3 tags them.
 */
export function mergeMonthYear(candidates: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const current = candidates[i];
    const next = candidates[i + 1];
    if (!current) continue;
    const part = PART_VALUE.exec(current.value);
    const year = next ? YEAR_VALUE.exec(next.value) : null;
    if (part && year && next && PART_SOURCES.has(current.source) && next.source === 'relative-period'
      && /^,?\s*(?:of\s+)?$/.test(text.slice(current.end, next.start)) && /^(?:this|last|next) year$/i.test(text.slice(next.start, next.end))) {
      out.push({ ...current, end: next.end, value: `${year[1]}-${part[2]}`, anchor: next.anchor, confidence: 0.9, source: 'merge-month-year' });
      i++;
      continue;
    }
    out.push(current);
  }
  return out;
}

/** Re-picks the year of an inferred `YYYY-MM-DD` so that it falls on the named weekday. */
function yearFromWeekday(value: string, weekdayText: string): string {
  const target = weekdayNumber(/[A-Za-z]+/.exec(weekdayText)?.[0] ?? '');
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  if (target === null) return value;
  for (const shift of [0, -1, 1]) {
    const candidate: Day = { year: year + shift, month, day };
    if (isValidDay(candidate.year, month, day) && weekday(candidate) === target) return formatDay(candidate);
  }
  return value;
}

/**
 * "the week of March 6" (the ISO week holding that day) and "the day before last Tuesday"
 * (that day shifted by one): one expression, as TIMEX3 tags it.
 */
export function mergeWeekOf(candidates: readonly Candidate[], text: string): Candidate[] {
  return candidates.map((candidate) => {
    const day = isDay(candidate) ? parseIsoDay(candidate.value) : null;
    if (!day) return candidate;
    const lead = /\b[Tt]he\s+(?:week\s+of|day\s+(?<side>before|after))\s+$/.exec(text.slice(Math.max(0, candidate.start - 16), candidate.start));
    if (!lead) return candidate;
    const start = candidate.start - lead[0].length;
    const side = lead.groups?.side;
    if (side === undefined) return { ...candidate, start, value: formatWeek(day), granularity: 'week', source: 'merge-week-of' };
    return { ...candidate, start, value: formatDay(addDays(day, side === 'before' ? -1 : 1)), source: 'merge-week-of' };
  });
}
