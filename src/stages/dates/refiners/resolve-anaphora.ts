import { addDays, addMonths, formatDay, formatMonth, formatQuarter, formatWeek, formatYear, parseIsoDay, quarterOf } from '../calendar.js';
import type { Candidate } from '../context.js';
import { readAnaphor, type Anaphor } from '../parsers/anaphoric.js';
import { parseCount } from '../vocabulary.js';

// How far back an antecedent may sit: about two sentences of newswire. On TimeBank/AQUAINT,
// 150 and 300 characters give the same values; 600 tags 3 more spans but loses a value
// (antecedents that far back are often the wrong time).
const MAX_DISTANCE = 300;

const CALENDAR = /^(?<year>\d{4})(?:-(?:Q(?<quarter>[1-4])|(?<month>\d{2})(?:-(?<day>\d{2}))?))?(?:T|$)/;

/**
 * Gives "that year", "the following month", "earlier that day" the value of the nearest
 * calendar time before them (shifted by one unit for "following"/"previous"), at the unit
 * the anaphor names; an anaphor without a fine enough antecedent nearby is dropped. A
 * counted "a month earlier" is counted back from such a time when there is one, else it
 * keeps its count from the publication day.
 */
export function resolveAnaphora(candidates: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const candidate of candidates) {
    const earlier = candidate.source === 'count-relative' ? countEarlier(text.slice(candidate.start, candidate.end)) : null;
    if (earlier) {
      // "in February, … from 7.9 percent a month earlier": counted back from the time just named.
      const value = antecedentValue(out, candidate.start, earlier);
      out.push(value === null ? candidate : { ...candidate, value, anchor: 'absolute', source: 'resolve-anaphora' });
      continue;
    }
    if (candidate.source !== 'anaphoric') {
      out.push(candidate);
      continue;
    }
    const anaphor = readAnaphor(text.slice(candidate.start, candidate.end));
    const value = anaphor ? antecedentValue(out, candidate.start, anaphor) : null;
    if (value === null) continue;
    out.push({ ...candidate, value, anchor: 'absolute', confidence: 0.6, source: 'resolve-anaphora' });
  }
  return out;
}

const COUNT_EARLIER = /^(?:\S+\s+)?(?<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?<unit>day|week|month|year)s?\s+earlier$/i;

/** "a month earlier", "two days earlier" as an anaphor one or more units back. */
function countEarlier(span: string): Anaphor | null {
  const match = COUNT_EARLIER.exec(span);
  const count = match ? parseCount(match.groups?.count ?? '') : null;
  if (typeof count !== 'number') return null;
  return { unit: (match?.groups?.unit ?? '').toLowerCase() as Anaphor['unit'], shift: -count, part: null };
}

function antecedentValue(before: readonly Candidate[], at: number, anaphor: Anaphor): string | null {
  for (let i = before.length - 1; i >= 0; i--) {
    const previous = before[i];
    if (!previous || at - previous.end > MAX_DISTANCE) return null;
    if (previous.type !== 'DATE' && previous.type !== 'TIME') continue;
    const value = shifted(previous.value, anaphor);
    if (value !== null) return value;
  }
  return null;
}

/** The antecedent's value at the anaphor's unit, shifted; null when it is too coarse. */
function shifted(antecedent: string, { unit, shift, part }: Anaphor): string | null {
  const g = CALENDAR.exec(antecedent)?.groups;
  if (!g) return null;
  const year = Number(g.year);
  if (unit === 'year') return formatYear(year + shift);
  if (unit === 'quarter') {
    const quarter = g.quarter !== undefined ? Number(g.quarter) : g.month !== undefined ? quarterOf(Number(g.month)) : null;
    if (quarter === null) return null;
    const moved = addMonths(year, quarter * 3, 3 * shift);
    return formatQuarter(moved.year, quarterOf(moved.month));
  }
  if (g.month === undefined) return null;
  if (unit === 'month') {
    const moved = addMonths(year, Number(g.month), shift);
    return formatMonth(moved.year, moved.month);
  }
  const day = parseIsoDay(antecedent);
  if (!day) return null;
  if (unit === 'week') return formatWeek(addDays(day, 7 * shift));
  return formatDay(addDays(day, shift)) + (part ? `T${part}` : '');
}
