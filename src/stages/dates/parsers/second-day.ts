import { formatDay, isValidDay } from '../calendar.js';
import { fromMatch, unresolved, type Parser } from '../context.js';
import { matchedMonthDayYear } from './matched-month-day-year.js';
import { MONTH_PATTERN, monthNumber } from '../vocabulary.js';

/**
 * The second of two days sharing a month: "25" in "April 24 and 25" (TIMEX3 tags it as a
 * date of its own), "April 24 or 25, 2024". Only a bare day number right after a month and
 * day and "and"/"or" counts, and not an amount: "April 24 and 25%", or "on May 3 and 12
 * people died" (a lower-case word other than a preposition after the number makes it a
 * count). Without a year the pair takes the first day's: both days fall in one month.
 */
export const secondDayParser: Parser = {
  name: 'second-day',
  pattern: new RegExp(
    `(?<=\\b(?<month>${MONTH_PATTERN})\\s+(?<first>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:and|or|&)\\s+)(?<day>\\d{1,2})(?:st|nd|rd|th)?(?![\\d:]|[,.]\\d|\\s*(?:%|percent|per cent)|\\s+(?!(?:in|at|on|to|for|and|or|when|as|with|the|of|after|before|until|respectively)\\b)[a-z])(?:,?\\s+(?<year>(?:1[89]|20)\\d{2})\\b)?`,
    'g',
  ),
  extract(match, context) {
    const g = match.groups ?? {};
    const month = monthNumber(g.month ?? '');
    const first = Number(g.first);
    const day = Number(g.day);
    if (month === null || day <= first || !isValidDay(2024, month, day)) return null;
    const mm = String(month).padStart(2, '0');
    if (!g.year && !context.reference) return fromMatch(context, match, this.name, unresolved('DATE', `XXXX-${mm}-${String(day).padStart(2, '0')}`, 'day'));
    const year = g.year ? Number(g.year) : matchedMonthDayYear(context, match, month, first);
    if (year === null) return null;
    if (!isValidDay(year, month, day)) return null;
    return fromMatch(context, match, this.name, {
      type: 'DATE', value: formatDay({ year, month, day }), granularity: 'day', anchor: g.year ? 'absolute' : 'publication', confidence: 0.75,
    });
  },
};
