import { addDays, formatDay, weekday, type Day } from '../calendar.js';
import { fromMatch, unresolved, type ParseContext, type Parser } from '../context.js';
import { directionAt } from '../tense.js';

/** The day a holiday falls on in a given year. */
type HolidayRule = (year: number) => Day;

const fixed = (month: number, day: number): HolidayRule => (year) => ({ year, month, day });

/** The `n`th `target` weekday of a month (US Thanksgiving = 4th Thursday of November). */
const nthWeekday = (month: number, target: number, n: number): HolidayRule => (year) => {
  const first: Day = { year, month, day: 1 };
  return addDays(first, ((target - weekday(first) + 7) % 7) + 7 * (n - 1));
};

/** Western Easter Sunday (anonymous Gregorian algorithm). */
function easter(year: number): Day {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

const HOLIDAYS: Readonly<Record<string, HolidayRule>> = {
  'christmas eve': fixed(12, 24), 'christmas day': fixed(12, 25), christmas: fixed(12, 25),
  "new year's eve": fixed(12, 31), "new year's day": fixed(1, 1), 'valentine’s day': fixed(2, 14),
  "valentine's day": fixed(2, 14), halloween: fixed(10, 31), 'thanksgiving day': nthWeekday(11, 4, 4),
  thanksgiving: nthWeekday(11, 4, 4), 'easter sunday': easter, easter, 'good friday': (y) => addDays(easter(y), -2),
};

/**
 * Named holidays with a computable date: "Christmas", "Thanksgiving Day", "Easter",
 * "New Year's Day", "last Christmas". The year follows the tense, like a month and day.
 */
export const holidayParser: Parser = {
  name: 'holiday',
  pattern: /\b(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?<name>Christmas(?: Eve| Day)?|New Year['’]s (?:Eve|Day)|Valentine['’]s Day|Halloween|Thanksgiving(?: Day)?|Easter(?: Sunday)?|Good Friday)\b(?!\s+(?:Island|tree|card|party|parties|shopping|season|holidays?|sales?|break|weekend|week)\b)/g,
  extract(match, context) {
    const name = (match.groups?.name ?? '').toLowerCase().replace('’', "'");
    const rule = HOLIDAYS[name];
    if (!rule) return null;
    if (!context.reference) return fromMatch(context, match, this.name, unresolved('DATE', 'XXXX-XX-XX', 'day'));
    return fromMatch(context, match, this.name, {
      type: 'DATE', value: formatDay(pickYear(rule, match, context)), granularity: 'day', anchor: 'publication', confidence: 0.8,
    });
  },
};

function pickYear(rule: HolidayRule, match: RegExpExecArray, context: ParseContext): Day {
  const ref = context.reference as Day;
  const rel = match.groups?.rel?.toLowerCase();
  const start = context.sentence.start + match.index;
  const direction = rel === 'last' ? 'past' : rel === 'next' ? 'future' : rel === 'this' ? 'unknown' : directionAt(context, start, start + match[0].length);
  const before = (d: Day) => formatDay(d) < formatDay(ref);
  const thisYear = rule(ref.year);
  if (direction === 'past') return before(thisYear) || (rel !== 'last' && formatDay(thisYear) === formatDay(ref)) ? thisYear : rule(ref.year - 1);
  if (direction === 'future') return before(thisYear) ? rule(ref.year + 1) : thisYear;
  return thisYear;
}
