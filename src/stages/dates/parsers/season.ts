import { fromMatch, textBefore, unresolved, type Parser } from '../context.js';
import { directionAt } from '../tense.js';
import { SEASON_PATTERN, SEASONS } from '../vocabulary.js';

// First month of each season (northern hemisphere, meteorological seasons).
const FIRST_MONTH: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * "this summer", "last fall", "next spring", "summer 2024", "in the spring", "early summer".
 * A bare season needs a date-like word before it ("fall" is also a verb).
 */
export const seasonParser: Parser = {
  name: 'season',
  pattern: new RegExp(
    `\\b(?:(?<rel>[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming|[Ee]arly|[Ll]ate|[Mm]id)[- ]?\\s*)?(?<season>${SEASON_PATTERN})(?:\\s+(?:of\\s+)?(?<year>(?:19|20)\\d{2}))?\\b(?![- ]?(?:time|break|season|school|camp|collection|olympics|games|solstice)|\\s+of\\s+(?:the|a|an|his|her|its|their)\\b)`,
    'gi',
  ),
  extract(match, context) {
    const code = SEASONS.get((match.groups?.season ?? '').toLowerCase());
    if (code === undefined) return null;
    const rel = match.groups?.rel?.toLowerCase();
    const start = context.sentence.start + match.index;
    const year = match.groups?.year;
    if (year) {
      return fromMatch(context, match, this.name, { type: 'DATE', value: `${year}-${code}`, granularity: 'season', anchor: 'absolute', confidence: 0.95 });
    }
    if (!rel && !/\b(?:in|during|the|by|until|through|since|before|after|of)\s+$/i.test(textBefore(context, start, 12))) return null;
    const ref = context.reference;
    if (!ref) return fromMatch(context, match, this.name, unresolved('DATE', `XXXX-${code}`, 'season'));
    const first = FIRST_MONTH[code] ?? 1;
    // Winter starts in December: in January and February "this winter" began last year.
    const current = code === 'WI' && ref.month <= 2 ? ref.year - 1 : ref.year;
    const started = ref.month >= first || (code === 'WI' && ref.month <= 2);
    const ended = code === 'WI' ? ref.month >= 3 && ref.month < 12 : ref.month > first + 2;
    let value: number;
    if (rel === 'last' || rel === 'past') value = ended ? current : current - 1;
    else if (rel === 'next' || rel === 'coming') value = started ? current + 1 : current;
    else if (rel === 'this') value = current;
    else {
      const direction = directionAt(context, start, start + match[0].length);
      value = direction === 'past' ? (started ? current : current - 1) : direction === 'future' ? (ended ? current + 1 : current) : current;
    }
    return fromMatch(context, match, this.name, {
      type: 'DATE', value: `${value}-${code}`, granularity: 'season', anchor: 'publication', confidence: 0.75,
    });
  },
};
