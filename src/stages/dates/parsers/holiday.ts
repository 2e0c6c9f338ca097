import { addDays, daysBetween, formatDay, formatWeek, weekday, type Day } from '../calendar.js';
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

/** The last `target` weekday of a month (US Memorial Day = last Monday of May). */
const lastWeekday = (month: number, target: number): HolidayRule => (year) => {
  const next = month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
  const last = addDays(next, -1);
  return addDays(last, -((weekday(last) - target + 7) % 7));
};

/** US Election Day: the Tuesday after the first Monday of November. */
const electionDay: HolidayRule = (year) => addDays(nthWeekday(11, 1, 1)(year), 1);

const HOLIDAYS: Readonly<Record<string, HolidayRule>> = {
  'christmas eve': fixed(12, 24), 'christmas day': fixed(12, 25), christmas: fixed(12, 25),
  "new year's eve": fixed(12, 31), "new year's day": fixed(1, 1), "valentine's day": fixed(2, 14),
  halloween: fixed(10, 31), 'thanksgiving day': nthWeekday(11, 4, 4), thanksgiving: nthWeekday(11, 4, 4),
  'easter sunday': easter, easter, 'good friday': (y) => addDays(easter(y), -2),
  'palm sunday': (y) => addDays(easter(y), -7), 'holy thursday': (y) => addDays(easter(y), -3),
  'maundy thursday': (y) => addDays(easter(y), -3), 'holy saturday': (y) => addDays(easter(y), -1),
  'ash wednesday': (y) => addDays(easter(y), -46),
  'easter monday': (y) => addDays(easter(y), 1), "st. patrick's day": fixed(3, 17), "saint patrick's day": fixed(3, 17),
  'boxing day': fixed(12, 26), 'fourth of july': fixed(7, 4), 'veterans day': fixed(11, 11),
  'memorial day': lastWeekday(5, 1), 'labor day': nthWeekday(9, 1, 1), 'election day': electionDay,
  "mother's day": nthWeekday(5, 7, 2), "father's day": nthWeekday(6, 7, 3),
  'martin luther king day': nthWeekday(1, 1, 3), "presidents' day": nthWeekday(2, 1, 3), "presidents day": nthWeekday(2, 1, 3),
};

/** Weeks named after a holiday: Holy Week (or "Easter week") ends on Easter Sunday. */
const HOLIDAY_WEEKS: Readonly<Record<string, HolidayRule>> = { 'easter week': easter, 'holy week': easter };

/**
 * Named holidays with a computable date: "Christmas", "Thanksgiving Day", "Easter",
 * "New Year's Day", "Election Day", "Memorial Day", "last Christmas" (US dates where countries
 * differ: newswire in the benchmarks is mostly American), and Holy Week (`YYYY-Www`). The
 * year follows the tense, like a month and day.
 */
export const holidayParser: Parser = {
  name: 'holiday',
  pattern: /\b(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?<name>Christmas(?: Eve| Day)?|New Year['’]s (?:Eve|Day)|Valentine['’]s Day|Halloween|Thanksgiving(?: Day)?|Easter(?: Sunday| Monday| week)?|Holy Week|Good Friday|Palm Sunday|(?:Holy|Maundy) Thursday|Holy Saturday|Ash Wednesday|(?:St\.|Saint) Patrick['’]s Day|Boxing Day|Fourth of July|Veterans Day|Memorial Day|Labor Day|Election Day|Mother['’]s Day|Father['’]s Day|Martin Luther King(?: Jr\.)? Day|Presidents['’]? Day)\b(?!\s+(?:Island|tree|card|party|parties|shopping|season|holidays?|sales?|break|weekend|week|Rising|Offensive)\b)/g,
  extract(match, context) {
    const name = (match.groups?.name ?? '').toLowerCase().replace(/’/g, "'").replace(' jr.', '');
    const week = HOLIDAY_WEEKS[name];
    const rule = week ?? HOLIDAYS[name];
    if (!rule) return null;
    if (!context.reference) return fromMatch(context, match, this.name, unresolved('DATE', week ? 'XXXX-WXX' : 'XXXX-XX-XX', week ? 'week' : 'day'));
    const day = pickYear(rule, match, context);
    return fromMatch(context, match, this.name, {
      type: 'DATE', value: week ? formatWeek(day) : formatDay(day), granularity: week ? 'week' : 'day', anchor: 'publication', confidence: 0.8,
    });
  },
};

// As for a month and day (resolve.ts), a holiday within a quarter of the reference is that
// one whatever the tense: "as Easter week began", written on its Monday, is this Easter's.
const NEAR_DAYS = 92;

function pickYear(rule: HolidayRule, match: RegExpExecArray, context: ParseContext): Day {
  const ref = context.reference as Day;
  const rel = match.groups?.rel?.toLowerCase();
  const before = (d: Day) => formatDay(d) < formatDay(ref);
  const thisYear = rule(ref.year);
  if (rel === 'last') return before(thisYear) ? thisYear : rule(ref.year - 1);
  if (rel === 'next') return before(thisYear) || formatDay(thisYear) === formatDay(ref) ? rule(ref.year + 1) : thisYear;
  if (rel === 'this') return thisYear;
  const options = [rule(ref.year - 1), thisYear, rule(ref.year + 1)];
  const distance = (d: Day) => Math.abs(daysBetween(ref, d));
  const closest = options.reduce((best, d) => (distance(d) < distance(best) ? d : best));
  if (distance(closest) <= NEAR_DAYS) return closest;
  const start = context.sentence.start + match.index;
  const direction = directionAt(context, start, start + match[0].length);
  if (direction === 'past') return before(thisYear) ? thisYear : rule(ref.year - 1);
  if (direction === 'future') return before(thisYear) ? rule(ref.year + 1) : thisYear;
  return thisYear;
}
