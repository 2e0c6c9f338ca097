import { formatYear } from '../calendar.js';
import { fromMatch, textAfter, textBefore, unresolved, type Parser } from '../context.js';

/**
 * Results-story years: "the fiscal year", "the full year", "the current fiscal year", and
 * "the year" where it clearly names a reporting period: before "ended/ending" ("the year
 * ended Sept. 30", a length: `P1Y`) or in "for the year," closing a clause (the current year).
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
    const closesClause = /^\s*(?:[,.;]|of\s+\$)/.test(after) && /\b[Ff]or\s+$/.test(textBefore(context, start, 8));
    if (kind.trim() === '' && !closesClause) return null;
    if (/previous|last/.test(kind)) return null; // "the previous fiscal year" needs the story's fiscal calendar
    if (!context.reference) return fromMatch(context, match, this.name, unresolved('DATE', 'XXXX', 'year'));
    return fromMatch(context, match, this.name, {
      type: 'DATE', value: formatYear(context.reference.year), granularity: 'year', anchor: 'publication', confidence: 0.6,
    });
  },
};
