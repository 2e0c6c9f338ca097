import { fromMatch, type Parser } from '../context.js';
import { weekdayNumber } from '../vocabulary.js';

const ADVERBS: Readonly<Record<string, string>> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', fortnightly: 'P2W', monthly: 'P1M',
  quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y',
};
const UNIT_VALUES: Readonly<Record<string, string>> = {
  day: 'P1D', night: 'P1D', morning: 'P1D', evening: 'P1D', week: 'P1W', weekend: 'P1W',
  month: 'P1M', quarter: 'P3M', year: 'P1Y', hour: 'PT1H', summer: 'P1Y', winter: 'P1Y',
};

/**
 * Recurrences: "every Monday" → `XXXX-WXX-1`, "each year" → `P1Y`, "weekly", "daily",
 * "annually". Adjectives such as "a weekly newspaper" are sets in TIMEX3 as well.
 */
export const setParser: Parser = {
  name: 'set',
  pattern: /\b(?:(?:every|each)\s+(?:(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?<unit>day|night|morning|evening|week|weekend|month|quarter|year|hour|summer|winter))|(?<adverb>hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|annually|yearly))\b/g,
  extract(match, context) {
    const g = match.groups ?? {};
    const day = g.day ? weekdayNumber(g.day) : null;
    const value = day !== null ? `XXXX-WXX-${day}` : g.unit ? UNIT_VALUES[g.unit] : ADVERBS[(g.adverb ?? '').toLowerCase()];
    if (value === undefined) return null;
    return fromMatch(context, match, this.name, {
      type: 'SET', value, granularity: null, anchor: 'absolute', confidence: 0.8,
    });
  },
};
