import { addDays, addMonths, formatMonth, formatQuarter, formatWeek, formatYear, quarterOf } from '../calendar.js';
import { fromMatch, textAfter, textBefore, unresolved, type CandidateFields, type Parser } from '../context.js';
import type { Day } from '../calendar.js';

const SHIFT: Readonly<Record<string, number>> = { last: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1 };

/**
 * "last week", "this month", "next year", "this quarter", with a qualifier kept in the span:
 * "earlier this year", "later this month", "early next year", "late last year",
 * "the end of this year". The value is the whole period (TIMEX3 does not encode the part).
 */
export const relativePeriodParser: Parser = {
  name: 'relative-period',
  pattern: /\b(?:(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate|[Mm]id|[Tt]he end of|[Tt]he beginning of|[Tt]he start of|[Tt]he middle of|[Tt]he rest of|[Tt]he remainder of)[- ]\s*)?(?<rel>[Ll]ast|[Tt]his|[Nn]ext|[Cc]oming|[Pp]revious|[Cc]urrent)\s+(?<unit>week|month|year|quarter)\b(?!['’]s\s+(?:first|second|third|fourth)\b)(?![- ]?(?:old|long|ago|earlier|later))/g,
  extract(match, context) {
    const shift = SHIFT[(match.groups?.rel ?? '').toLowerCase()];
    const unit = match.groups?.unit ?? '';
    if (shift === undefined) return null;
    // "the last week of March", "the last year of his term": an ordinal position inside a
    // named span, not the week or year before this one.
    const start = context.sentence.start + match.index;
    if (/\bthe\s+$/i.test(textBefore(context, start, 5)) && /^\s+of\b/.test(textAfter(context, start + match[0].length, 4))) return null;
    if (!context.reference) return fromMatch(context, match, this.name, unresolved('DATE', placeholder(unit), null));
    return fromMatch(context, match, this.name, periodFields(context.reference, unit, shift));
  },
};

function placeholder(unit: string): string {
  return unit === 'week' ? 'XXXX-WXX' : unit === 'month' ? 'XXXX-XX' : unit === 'quarter' ? 'XXXX-QX' : 'XXXX';
}

/** The period `shift` units away from the one holding the reference day. */
export function periodFields(ref: Day, unit: string, shift: number): CandidateFields {
  const base = { type: 'DATE', anchor: 'publication', confidence: 0.9 } as const;
  if (unit === 'week') return { ...base, value: formatWeek(addDays(ref, 7 * shift)), granularity: 'week' };
  if (unit === 'month') {
    const { year, month } = addMonths(ref.year, ref.month, shift);
    return { ...base, value: formatMonth(year, month), granularity: 'month' };
  }
  if (unit === 'quarter') {
    const { year, month } = addMonths(ref.year, ref.month, 3 * shift);
    return { ...base, value: formatQuarter(year, quarterOf(month)), granularity: 'quarter' };
  }
  return { ...base, value: formatYear(ref.year + shift), granularity: 'year' };
}
