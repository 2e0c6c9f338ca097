import { formatMonth, formatWeek, formatYear } from '../calendar.js';
import { fromMatch, unresolved, type Parser } from '../context.js';

/**
 * "the end of the month", "the start of the year", "the beginning of the week": a part of the
 * period that holds the reference day, written as that period (TIMEX3 puts the part in `mod`).
 * "this month/week/year" forms are read by relative-period.ts, and "the end of the year" by
 * year-end.ts (which knows when it means last year's).
 */
export const periodEdgeParser: Parser = {
  name: 'period-edge',
  pattern: /\b[Tt]he\s+(?:start|beginning|middle|end)\s+of\s+the\s+(?<unit>week|month|year)\b(?!['’]s)/g,
  extract(match, context) {
    const unit = match.groups?.unit ?? '';
    if (unit === 'year' && /\bend\b/.test(match[0])) return null;
    const ref = context.reference;
    if (!ref) return fromMatch(context, match, this.name, unresolved('DATE', unit === 'week' ? 'XXXX-WXX' : unit === 'month' ? 'XXXX-XX' : 'XXXX', null));
    const value = unit === 'week' ? formatWeek(ref) : unit === 'month' ? formatMonth(ref.year, ref.month) : formatYear(ref.year);
    return fromMatch(context, match, this.name, {
      type: 'DATE', value, granularity: unit === 'week' ? 'week' : unit === 'month' ? 'month' : 'year', anchor: 'publication', confidence: 0.6,
    });
  },
};
