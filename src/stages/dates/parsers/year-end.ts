import { formatDay, formatYear } from '../calendar.js';
import { fromMatch, unresolved, type Parser } from '../context.js';
import { directionAt } from '../tense.js';

/**
 * "year-end", "the year's end", "the end of the year": the reference year, or the year before
 * when the sentence looks back ("since year-end"). The phrases ("the end of the year", "the
 * year's end", "by year end") are the year itself, as TIMEX3 writes a part of a period (value
 * `1989`, mod END); the compound "year-end" names the closing day, 31 December, as annotators
 * write it for balance-sheet dates ("year-end net", "since year-end").
 */
export const yearEndParser: Parser = {
  name: 'year-end',
  pattern: /\b(?:[Yy]ear-end|[Yy]ear end|[Yy]ear['’]s end|[Tt]he\s+(?:year['’]s\s+end|end\s+of\s+(?:the|this)\s+year))\b(?![- ](?:bonus|bonuses|holidays?|party|parties|sales?|report|results|review|rally))/g,
  extract(match, context) {
    const phrase = isPhrase(match[0]);
    if (!context.reference) return fromMatch(context, match, this.name, phrase ? unresolved('DATE', 'XXXX', 'year') : unresolved('DATE', 'XXXX-12-31', 'day'));
    const start = context.sentence.start + match.index;
    const past = directionAt(context, start, start + match[0].length) === 'past' || /\bsince\s+$/i.test(context.text.slice(Math.max(0, start - 7), start));
    const year = past ? context.reference.year - 1 : context.reference.year;
    if (phrase) {
      return fromMatch(context, match, this.name, { type: 'DATE', value: formatYear(year), granularity: 'year', anchor: 'publication', confidence: 0.6 });
    }
    return fromMatch(context, match, this.name, {
      type: 'DATE', value: formatDay({ year, month: 12, day: 31 }), granularity: 'day', anchor: 'publication', confidence: 0.6,
    });
  },
};

/** The phrases name the year; only the hyphenated compound names its last day. */
function isPhrase(text: string): boolean {
  return /\bend\s+of\b|['’]s end$|year end$/i.test(text);
}
