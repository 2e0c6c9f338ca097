import { formatDay } from '../calendar.js';
import { fromMatch, unresolved, type Parser } from '../context.js';
import { directionAt } from '../tense.js';

/**
 * "year-end", "the year's end", "the end of the year": 31 December of the reference year, or
 * of the year before when the sentence looks back ("since year-end") and the reference is
 * early enough that this year's has not come ("the past year-end").
 */
export const yearEndParser: Parser = {
  name: 'year-end',
  pattern: /\b(?:[Yy]ear-end|[Yy]ear['’]s end|[Tt]he\s+(?:year['’]s\s+end|end\s+of\s+(?:the|this)\s+year))\b(?![- ](?:bonus|bonuses|holidays?|party|parties|sales?|report|results|review|rally))/g,
  extract(match, context) {
    if (!context.reference) return fromMatch(context, match, this.name, unresolved('DATE', 'XXXX-12-31', 'day'));
    const start = context.sentence.start + match.index;
    const past = directionAt(context, start, start + match[0].length) === 'past' || /\bsince\s+$/i.test(context.text.slice(Math.max(0, start - 7), start));
    const year = past ? context.reference.year - 1 : context.reference.year;
    return fromMatch(context, match, this.name, {
      type: 'DATE', value: formatDay({ year, month: 12, day: 31 }), granularity: 'day', anchor: 'publication', confidence: 0.6,
    });
  },
};
