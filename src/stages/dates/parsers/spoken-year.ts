import { formatMonth } from '../calendar.js';
import { fromMatch, textAfter, textBefore, type Parser } from '../context.js';
import { FULL_MONTH_PATTERN, monthNumber, SEASON_PATTERN, SEASONS } from '../vocabulary.js';

const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

// Years as broadcast transcripts write them: "nineteen ninety-six", "nineteen oh five",
// "two thousand", "two thousand and one".
const SPOKEN_YEAR = `(?:nineteen\\s+(?:(?:${TENS.join('|')})(?:[- ](?:${ONES.join('|')}))?|${TEENS.join('|')}|oh[- ](?:${ONES.join('|')}))|two\\s+thousand(?:\\s+(?:and\\s+)?(?:${ONES.join('|')}|${TEENS.join('|')}))?)`;

/** The number a spoken year names, or null. */
export function spokenYear(words: string): number | null {
  const lower = words.toLowerCase().replace(/\s+/g, ' ').replace(/-/g, ' ');
  const parts = lower.split(' ').filter((w) => w !== 'and');
  const value = (word: string | undefined): number => {
    if (word === undefined) return 0;
    const one = ONES.indexOf(word);
    if (one >= 0) return one + 1;
    const teen = TEENS.indexOf(word);
    if (teen >= 0) return teen + 10;
    const ten = TENS.indexOf(word);
    return ten >= 0 ? (ten + 2) * 10 : 0;
  };
  if (parts[0] === 'nineteen') return 1900 + (parts[1] === 'oh' ? value(parts[2]) : value(parts[1]) + value(parts[2]));
  if (parts[0] === 'two' && parts[1] === 'thousand') return 2000 + value(parts[2]);
  return null;
}

/**
 * Spoken years with an optional month or season before them: "nineteen ninety-six",
 * "January nineteen ninety-seven", "the winter of nineteen ninety-four", "the year two thousand".
 */
export const spokenYearParser: Parser = {
  name: 'spoken-year',
  pattern: new RegExp(
    `\\b(?:(?<month>${FULL_MONTH_PATTERN})\\s+(?:of\\s+)?|(?:the\\s+)?(?<season>${SEASON_PATTERN})\\s+of\\s+|the\\s+year\\s+)?(?<year>${SPOKEN_YEAR})\\b(?![- ](?:dollars|people|times))`,
    'gi',
  ),
  extract(match, context) {
    const year = spokenYear(match.groups?.year ?? '');
    if (year === null) return null;
    // "two thousand" is a count far more often than a year: only with "the year", a month or
    // season, or a preposition before it and no noun after it.
    const prefixed = /^(?:the\s+year|\w+\s+of|[A-Z][a-z]+\s)/i.test(match[0]) && match[0] !== match.groups?.year;
    if (year >= 2000 && !prefixed) {
      const start = context.sentence.start + match.index;
      const end = start + match[0].length;
      const before = /\b(?:in|since|by|until|before|after)\s+$/i.test(textBefore(context, start, 8));
      if (!before || /^\s+[a-z]/.test(textAfter(context, end, 3))) return null;
    }
    const month = match.groups?.month ? monthNumber(match.groups.month) : null;
    const season = match.groups?.season ? SEASONS.get(match.groups.season.toLowerCase()) : undefined;
    const [value, granularity] = month !== null ? [formatMonth(year, month), 'month' as const]
      : season !== undefined ? [`${year}-${season}`, 'season' as const] : [String(year), 'year' as const];
    return fromMatch(context, match, this.name, { type: 'DATE', value, granularity, anchor: 'absolute', confidence: 0.8 });
  },
};
