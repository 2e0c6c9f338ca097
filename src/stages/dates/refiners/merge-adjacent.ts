import type { Candidate } from '../context.js';

/**
 * Joins a weekday and the calendar date right after it ("Monday, Oct. 23" → one DATE with
 * the calendar date's value): the explicit date is more reliable than the tense guess.
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
      out.push({ ...next, start: current.start, source: 'merge-weekday-date' });
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
