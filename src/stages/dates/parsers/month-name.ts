import { formatMonth } from '../calendar.js';
import { fromMatch, textBefore, unresolved, type Parser } from '../context.js';
import { yearOfMonth } from '../resolve.js';
import { directionAt } from '../tense.js';
import { FULL_MONTH_PATTERN, monthNumber } from '../vocabulary.js';

// "May" (modal) and "March" (the verb, a protest) need a date-like word before them.
const AMBIGUOUS = new Set(['may', 'march']);
const DATE_PREPOSITION = /\b(?:in|since|until|till|by|from|through|during|before|after|of|to|and|or|between|last|this|next|early|late|mid|end of|beginning of|start of)[\s-]*$/i;

/**
 * A month name without a day: "in July", "this July", "last April", "late November",
 * "mid-November". Full names only — "Jan" alone is more often a name than a date.
 */
export const monthNameParser: Parser = {
  name: 'month-name',
  pattern: new RegExp(
    `\\b(?:(?<rel>[Tt]his|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id)[- ]?\\s*)?(?<month>${FULL_MONTH_PATTERN})(?![a-z-]|['’](?!s\\b))(?!\\s+\\d)`,
    'g',
  ),
  extract(match, context) {
    const name = match.groups?.month ?? '';
    const month = monthNumber(name);
    if (month === null) return null;
    const rel = match.groups?.rel?.toLowerCase();
    const start = context.sentence.start + match.index;
    if (AMBIGUOUS.has(name.toLowerCase()) && !rel && !DATE_PREPOSITION.test(textBefore(context, start, 20))) return null;
    const ref = context.reference;
    if (!ref) return fromMatch(context, match, this.name, unresolved('DATE', `XXXX-${String(month).padStart(2, '0')}`, 'month'));
    let year: number;
    if (rel === 'this') year = ref.year;
    else if (rel === 'last') year = month < ref.month ? ref.year : ref.year - 1;
    else if (rel === 'next') year = month > ref.month ? ref.year : ref.year + 1;
    else year = yearOfMonth(ref, month, directionAt(context, start, start + match[0].length));
    return fromMatch(context, match, this.name, {
      type: 'DATE', value: formatMonth(year, month), granularity: 'month', anchor: 'publication', confidence: rel ? 0.85 : 0.7,
    });
  },
};

