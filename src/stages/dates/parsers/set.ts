import { fromMatch, textBefore, type Parser } from '../context.js';
import { DAY_PARTS, FULL_MONTH_PATTERN, monthNumber, parseCount, SEASON_PATTERN, SEASONS, WEEKDAY_PATTERN, weekdayNumber } from '../vocabulary.js';

const ADVERBS: Readonly<Record<string, string>> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', fortnightly: 'P2W', monthly: 'P1M',
  quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y',
};
const UNIT_VALUES: Readonly<Record<string, string>> = {
  day: 'P1D', night: 'P1D', morning: 'P1D', evening: 'P1D', week: 'P1W', weekend: 'P1W',
  month: 'P1M', quarter: 'P3M', year: 'P1Y', hour: 'PT1H',
};

// "quarterly dividend", "its first quarterly loss", "declared its initial quarterly": in
// results news the adjective names a kind of payment or report, and annotators leave it
// untagged (1 of 11 in TimeBank/AQUAINT).
const QUARTERLY_ADJECTIVE = /^quarterly\s+(?!and\b|or\b|through\b|until\b|since\b)[a-z]/i;

const NAME_BEFORE = /\b(?!(?:On|Most|Some|All|Many|Until|Since|By|Every|Both|Two|Three|Weekday|Alternate)\b)[A-Z][a-z]+\s+$/;

/**
 * Recurrences: "every Monday" → `XXXX-WXX-1`, "each July" → `XXXX-07`, "every summer" →
 * `XXXX-SU` (the TIMEX3 value of a recurring calendar unit), "each year" → `P1Y`, "every four
 * years" → `P4Y`, "weekly", "daily",
 * "annually", plural weekdays ("on Sundays" → `XXXX-WXX-7`, "Tuesday nights" →
 * `XXXX-WXX-2TNI`) and "weekends" (`XXXX-WXX-WE`). Adjectives such as "a weekly newspaper" are sets in TIMEX3 as well, except
 * "quarterly" before a noun (above).
 */
export const setParser: Parser = {
  name: 'set',
  pattern: new RegExp(
    `\\b(?:(?:[Ee]very|[Ee]ach)\\s+(?:(?<day>${WEEKDAY_PATTERN})|(?<month>${FULL_MONTH_PATTERN})|(?<season>${SEASON_PATTERN})|(?<unit>day|night|morning|evening|week|weekend|month|quarter|year|hour)|(?<count>other|two|three|four|five|six|seven|eight|nine|ten|twelve|\\d+)\\s+(?<units>(?:day|week|month|year|hour)s?))|(?<adverb>hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|annually|yearly)|(?<plural>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:s(?:\\s+(?<pluralPart>mornings|afternoons|evenings|nights))?|\\s+(?<singularPart>mornings|afternoons|evenings|nights))|(?<weekends>[Ww]eekends))\\b`,
    'g',
  ),
  extract(match, context) {
    const g = match.groups ?? {};
    if (g.adverb && QUARTERLY_ADJECTIVE.test(context.text.slice(context.sentence.start + match.index, context.sentence.end))) return null;
    // "Happy Mondays", "Manic Mondays": a capitalised word before a plural weekday makes a name.
    if (g.plural && NAME_BEFORE.test(textBefore(context, context.sentence.start + match.index, 20))) return null;
    const day = g.day ? weekdayNumber(g.day) : null;
    const month = g.month ? monthNumber(g.month) : null;
    const season = g.season ? SEASONS.get(g.season.toLowerCase()) : undefined;
    // "on Sundays", "Tuesday nights": every such day (and part of it).
    const plural = g.plural ? weekdayNumber(`${g.plural}day`) : null;
    const partWord = g.pluralPart ?? g.singularPart;
    const pluralPart = partWord ? DAY_PARTS.get(partWord.toLowerCase().replace(/s$/, '')) : undefined;
    const value = plural !== null ? `XXXX-WXX-${plural}${pluralPart ? `T${pluralPart}` : ''}`
      : g.weekends ? 'XXXX-WXX-WE'
      : day !== null ? `XXXX-WXX-${day}`
      : month !== null ? `XXXX-${String(month).padStart(2, '0')}`
      : season !== undefined ? `XXXX-${season}`
      : g.unit ? UNIT_VALUES[g.unit]
      : g.units ? everyN(g.count ?? '', g.units) : ADVERBS[(g.adverb ?? '').toLowerCase()];
    if (value === undefined) return null;
    return fromMatch(context, match, this.name, {
      type: 'SET', value, granularity: null, anchor: 'absolute', confidence: 0.8,
    });
  },
};

/** "every four years" → `P4Y`, "every other week" → `P2W`. */
function everyN(count: string, units: string): string | undefined {
  const n = count === 'other' ? 2 : parseCount(count);
  const unit = UNIT_VALUES[units.replace(/s$/, '')];
  if (typeof n !== 'number' || !unit) return undefined;
  return unit.replace('1', String(n));
}
