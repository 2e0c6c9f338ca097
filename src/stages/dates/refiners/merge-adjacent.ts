import { formatDay, isValidDay, weekday, type Day } from '../calendar.js';
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
 * A clock time next to a day ("3 p.m. Monday", "Monday at 3 p.m.") takes that day's date
 * instead of the publication day. Spans stay separate, as TIMEX3 annotates them.
 */
export function attachTimesToDays(candidates: readonly Candidate[], text: string): Candidate[] {
  return candidates.map((candidate, i) => {
    if (candidate.source !== 'clock-time') return candidate;
    const neighbours = [candidates[i - 1], candidates[i + 1]];
    for (const day of neighbours) {
      if (!day || day.granularity !== 'day' || !/^\d{4}-\d{2}-\d{2}$/.test(day.value)) continue;
      const gap = day.end <= candidate.start ? text.slice(day.end, candidate.start) : text.slice(candidate.end, day.start);
      if (/^,?\s*(?:at|on|,)?\s*$/.test(gap)) {
        return { ...candidate, value: day.value + candidate.value.slice(candidate.value.indexOf('T')), anchor: day.anchor };
      }
    }
    return candidate;
  });
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
