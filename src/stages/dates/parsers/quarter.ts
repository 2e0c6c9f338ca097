import { addMonths, formatQuarter, quarterOf } from '../calendar.js';
import { fromMatch, unresolved, type Parser } from '../context.js';
import { directionAt } from '../tense.js';
import { ORDINALS } from '../vocabulary.js';

/**
 * Business quarters and halves: "the first quarter", "third-quarter", "the fiscal fourth
 * quarter", "the third quarter of 1999", "Q3 2024", "the quarter", "the latest quarter",
 * "the first half". A quarter without a year is the latest such quarter that has begun —
 * newswire talks about results — unless the sentence is future.
 */
export const quarterParser: Parser = {
  name: 'quarter',
  pattern: /\b(?:(?:[Tt]he|[Ii]ts|[Tt]his year['’]s|[Ll]ast year['’]s)\s+)?(?:(?:fiscal|calendar|latest|current|most recent|recent)\s+)?(?:(?<ord>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)[- ](?<unit>quarter|half)|(?<bare>quarter))(?:\s+of\s+(?:fiscal\s+)?(?<year>(?:19|20)\d{2}))?\b(?![- ]?(?:century|mile|final))|\bQ(?<q>[1-4])(?:\s+(?<qyear>(?:19|20)\d{2}))?\b/g,
  extract(match, context) {
    const g = match.groups ?? {};
    const isHalf = g.unit === 'half';
    const text = match[0];
    // "quarter" alone is a date only with a determiner that points at a period ("the latest quarter").
    if (g.bare && !/^(?:the|its|this year|last year)\s+(?:(?:fiscal|latest|current|most recent|recent)\s+)?quarter$/i.test(text)) return null;
    const n = g.q !== undefined ? Number(g.q) : ORDINALS.get((g.ord ?? '').toLowerCase()) ?? null;
    if (isHalf && (n === null || n > 2)) return null;
    const code = isHalf ? 'H' : 'Q';
    const year = g.year ?? g.qyear;
    const granularity = isHalf ? 'half' : 'quarter';
    if (year !== undefined && n !== null) {
      return fromMatch(context, match, this.name, { type: 'DATE', value: `${year}-${code}${n}`, granularity, anchor: 'absolute', confidence: 0.95 });
    }
    const ref = context.reference;
    if (!ref) return fromMatch(context, match, this.name, unresolved('DATE', `XXXX-${code}${n ?? 'X'}`, granularity));
    const current = isHalf ? (ref.month <= 6 ? 1 : 2) : quarterOf(ref.month);
    let y = /last year/i.test(text) ? ref.year - 1 : ref.year;
    let value: number;
    if (n === null) {
      // "the quarter": the latest completed one, the one results are reported for.
      const previous = addMonths(ref.year, ref.month, -3);
      return fromMatch(context, match, this.name, {
        type: 'DATE', value: formatQuarter(previous.year, quarterOf(previous.month)), granularity, anchor: 'publication', confidence: 0.6,
      });
    }
    value = n;
    const start = context.sentence.start + match.index;
    const future = directionAt(context, start, start + text.length) === 'future';
    if (!/year/i.test(text)) {
      if (!future && n > current) y -= 1;
      if (future && n < current) y += 1;
    }
    return fromMatch(context, match, this.name, {
      type: 'DATE', value: `${y}-${code}${value}`, granularity, anchor: 'publication', confidence: 0.75,
    });
  },
};
