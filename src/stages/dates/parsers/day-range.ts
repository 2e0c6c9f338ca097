import { formatDay, isValidDay } from '../calendar.js';
import { fromMatch, unresolved, type Parser } from '../context.js';
import { matchedMonthDayYear } from './matched-month-day-year.js';
import { MONTH_PATTERN, monthNumber } from '../vocabulary.js';

/** "March 3-5", "March 3 to 5, 2024", "3-5 March" → `2024-03-03/2024-03-05`. */
export const dayRangeParser: Parser = {
  name: 'day-range',
  pattern: new RegExp(
    `\\b(?:(?<m1>${MONTH_PATTERN})\\s+(?<d1>\\d{1,2})\\s*(?:-|–|to|through|until)\\s*(?<d2>\\d{1,2})|(?<d3>\\d{1,2})\\s*(?:-|–)\\s*(?<d4>\\d{1,2})\\s+(?<m2>${MONTH_PATTERN}))(?![\\d:])(?:,?\\s+(?<year>(?:19|20)\\d{2})\\b)?`,
    'g',
  ),
  extract(match, context) {
    const g = match.groups ?? {};
    const month = monthNumber(g.m1 ?? g.m2 ?? '');
    const first = Number(g.d1 ?? g.d3);
    const last = Number(g.d2 ?? g.d4);
    if (month === null || first >= last) return null;
    if (!g.year && !context.reference) return fromMatch(context, match, this.name, unresolved('DATE', `XXXX-${String(month).padStart(2, '0')}`, 'day'));
    const year = g.year ? Number(g.year) : matchedMonthDayYear(context, match, month, first);
    if (year === null) return null;
    const anchor = g.year ? 'absolute' : 'publication';
    if (!isValidDay(year, month, first) || !isValidDay(year, month, last)) return null;
    return fromMatch(context, match, this.name, {
      type: 'DATE', value: `${formatDay({ year, month, day: first })}/${formatDay({ year, month, day: last })}`,
      granularity: 'day', anchor, confidence: 0.85,
    });
  },
};
