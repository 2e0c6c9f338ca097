import { formatYear } from '../calendar.js';
import { fromMatch, textAfter, textBefore, unresolved, type Parser } from '../context.js';

/**
 * Results-story years: "the fiscal year", "the full year", "the current fiscal year", and
 * "the year" where it clearly names a reporting period: before "ended/ending" ("the year
 * ended Sept. 30", a length: `P1Y`), in "for the year," closing a clause (the current year)
 * or after a part of it ("the first nine months of the year", "earlier in the year").
 * A bare "the year" elsewhere ("in the year", "the year of the dragon") is left alone.
 */
export const fiscalYearParser: Parser = {
  name: 'fiscal-year',
  pattern: /\b[Tt]he\s+(?<kind>(?:(?:current|latest|previous|last|full|calendar|fiscal|financial)\s+)*)year\b(?!['’]s|-)/g,
  extract(match, context) {
    const start = context.sentence.start + match.index;
    const end = start + match[0].length;
    const kind = (match.groups?.kind ?? '').toLowerCase();
    const after = textAfter(context, end, 12);
    if (/^\s+(?:ended|ending|to\s+(?:date|(?:the\s+)?end))\b/i.test(after)) {
      return fromMatch(context, match, this.name, { type: 'DURATION', value: 'P1Y', granularity: 'year', anchor: 'absolute', confidence: 0.7 });
    }
    // "For the year, sales rose": a results period. "In the year." alone says nothing.
    const before = textBefore(context, start, 24);
    const closesClause = /^\s*(?:[,.;]|of\s+\$)/.test(after) && /\b[Ff]or\s+$/.test(before);
    // "the first nine months of the year", "earlier in the year": the current year, read as a
    // part of it is named (TimeBank/AQUAINT tag these; "later in the day" mostly not).
    const partOfYear = /\b(?:months|quarters?|half|weeks) of\s+$|\b(?:earlier|later|early|late) in\s+$/i.test(before);
    if (kind.trim() === '' && !closesClause && !partOfYear) return null;
    if (/previous|last/.test(kind)) return null; // "the previous fiscal year" needs the story's fiscal calendar
    if (!context.reference) return fromMatch(context, match, this.name, unresolved('DATE', 'XXXX', 'year'));
    return fromMatch(context, match, this.name, {
      type: 'DATE', value: formatYear(context.reference.year), granularity: 'year', anchor: 'publication', confidence: 0.6,
    });
  },
};
