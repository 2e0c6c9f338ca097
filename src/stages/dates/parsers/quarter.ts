import { addMonths, formatQuarter, quarterOf } from '../calendar.js';
import { fromMatch, unresolved, type Candidate, type ParseContext, type Parser } from '../context.js';
import { directionAt } from '../tense.js';
import { ORDINALS } from '../vocabulary.js';

/**
 * Business quarters and halves: "the first quarter", "third-quarter", "the fiscal fourth
 * quarter", "the third quarter of 1999", "Q3 2024", "the quarter", "the latest quarter",
 * "the first half". A quarter without a year is the latest such quarter that has begun —
 * newswire talks about results — unless the sentence is future.
 */
const NAME = 'quarter';

export const quarterParser: Parser = {
  name: NAME,
  pattern: /\b(?:(?:[Tt]he|[Ii]ts|[Tt]his year['’]s|[Ll]ast year['’]s|[Nn]ext year['’]s)\s+)?(?:(?:fiscal|calendar|latest|current|most recent|recent)\s+)?(?:(?<ord>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th|(?<=\b[Tt]he\s+)(?:last|final)(?=\s+(?:quarter|half)\s+of\s+(?:(?:fiscal\s+)?(?:19|20)\d{2}|this year|last year|next year)\b))[- ](?<unit>quarter|half)|(?<bare>quarter(?!-)|period(?=\s|[,.;]|$)))(?:\s+of\s+(?:fiscal\s+)?(?<year>(?:19|20)\d{2}))?\b(?![- ]?(?:century|mile|final))|\bQ(?<q>[1-4])(?:\s+(?<qyear>(?:19|20)\d{2}))?\b|\b(?:[Tt]he\s+)?(?<lyear>(?:19|20)\d{2})\s+(?:fiscal\s+)?(?<lord>first|second|third|fourth)[- ](?<lunit>quarter|half)\b/g,
  extract(match, context) {
    const g = match.groups ?? {};
    // "its fourth quarter" → "fourth quarter"; "the third-quarter loss" → "third-quarter".
    const lead = /^(?:[Ii]ts\s+|[Tt]he\s+(?=\w+-(?:quarter|half)))/.exec(match[0])?.[0].length ?? 0;
    const candidate = resolveQuarter(match, context, g);
    return candidate && lead > 0 ? { ...candidate, start: candidate.start + lead } : candidate;
  },
};

function resolveQuarter(match: RegExpExecArray, context: ParseContext, g: Record<string, string | undefined>): Candidate | null {
  const isHalf = (g.unit ?? g.lunit) === 'half';
  const text = match[0];
  // "quarter" alone is a date only with a determiner that points at a period ("the latest quarter").
  if (g.bare && !/^(?:the|its|this year|last year|next year)['’]?s?\s+(?:(?:fiscal|latest|current|most recent|recent)\s+)?quarter$/i.test(text)
    && !/^the\s+(?:latest|most recent)\s+period$/i.test(text)) return null;
  // "the last quarter of 2010", "the final half of this year": the year's last one.
  const last = /^(?:last|final)$/i.test(g.ord ?? '') ? (isHalf ? 2 : 4) : null;
  const n = g.q !== undefined ? Number(g.q) : last ?? ORDINALS.get((g.ord ?? g.lord ?? '').toLowerCase()) ?? null;
  if (isHalf && (n === null || n > 2)) return null;
  const code = isHalf ? 'H' : 'Q';
  const year = g.year ?? g.qyear ?? g.lyear;
  const granularity = isHalf ? 'half' : 'quarter';
  if (year !== undefined && n !== null) {
    return fromMatch(context, match, NAME, { type: 'DATE', value: `${year}-${code}${n}`, granularity, anchor: 'absolute', confidence: 0.95 });
  }
  const ref = context.reference;
  if (!ref) return fromMatch(context, match, NAME, unresolved('DATE', `XXXX-${code}${n ?? 'X'}`, granularity));
  const current = isHalf ? (ref.month <= 6 ? 1 : 2) : quarterOf(ref.month);
  let y = /last year/i.test(text) ? ref.year - 1 : /next year/i.test(text) ? ref.year + 1 : ref.year;
  if (n === null) {
    // "the current quarter" is the one the reference day is in.
    if (/\bcurrent\b/i.test(text)) {
      return fromMatch(context, match, NAME, { type: 'DATE', value: formatQuarter(ref.year, current), granularity, anchor: 'publication', confidence: 0.8 });
    }
    // "the quarter": the latest completed one, the one results are reported for.
    const previous = addMonths(ref.year, ref.month, -3);
    return fromMatch(context, match, NAME, {
      type: 'DATE', value: formatQuarter(previous.year, quarterOf(previous.month)), granularity, anchor: 'publication', confidence: 0.6,
    });
  }
  const start = context.sentence.start + match.index;
  // A quarter that has not begun yet is last year's, unless the sentence looks ahead.
  if (!/year/i.test(text) && n > current && directionAt(context, start, start + text.length) !== 'future') y -= 1;
  return fromMatch(context, match, NAME, {
    type: 'DATE', value: `${y}-${code}${n}`, granularity, anchor: 'publication', confidence: 0.75,
  });
}
