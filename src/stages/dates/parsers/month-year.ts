import { formatMonth } from '../calendar.js';
import { fromMatch, type Parser } from '../context.js';
import { MONTH_PATTERN, monthNumber } from '../vocabulary.js';

/** "March 2024", "early March 2024", "March of 2024", "mid-March 1999". */
export const monthYearParser: Parser = {
  name: 'month-year',
  pattern: new RegExp(
    `\\b(?:(?:[Ee]arly|[Ll]ate|[Mm]id|[Tt]he end of|[Tt]he beginning of|[Tt]he start of|[Tt]he middle of)[- ]?\\s*)?(?<month>${MONTH_PATTERN})(?![a-z])\\s*,?\\s+(?:of\\s+)?(?<year>(?:1[89]|20)\\d{2})\\b(?!\\s*(?:%|percent))`,
    'g',
  ),
  extract(match, context) {
    const month = monthNumber(match.groups?.month ?? '');
    if (month === null) return null;
    return fromMatch(context, match, this.name, {
      type: 'DATE', value: formatMonth(Number(match.groups?.year), month), granularity: 'month', anchor: 'absolute', confidence: 1,
    });
  },
};
