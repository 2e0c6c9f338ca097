import { addDays, formatWeek, weekday } from '../calendar.js';
import { fromMatch, unresolved, type Parser } from '../context.js';
import { directionAt } from '../tense.js';

/** "the weekend", "this weekend", "last weekend", "next weekend" → `2024-W10-WE`. */
export const weekendParser: Parser = {
  name: 'weekend',
  pattern: /\b(?<rel>[Tt]he|[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming)\s+weekend\b/g,
  extract(match, context) {
    const ref = context.reference;
    if (!ref) return fromMatch(context, match, this.name, unresolved('DATE', 'XXXX-WXX-WE', 'week'));
    const rel = (match.groups?.rel ?? '').toLowerCase();
    const start = context.sentence.start + match.index;
    const direction = rel === 'last' || rel === 'past' ? 'past'
      : rel === 'next' || rel === 'coming' ? 'future'
      : directionAt(context, start, start + match[0].length);
    // Saturday of the weekend meant: the one just gone (past) or the one ahead (future, this).
    const toSaturday = 6 - weekday(ref);
    let saturday = addDays(ref, toSaturday);
    if (direction === 'past' && toSaturday > 0) saturday = addDays(saturday, -7);
    if (rel === 'next' && toSaturday < 5) saturday = addDays(saturday, 7);
    return fromMatch(context, match, this.name, {
      type: 'DATE', value: `${formatWeek(saturday)}-WE`, granularity: 'week', anchor: 'publication', confidence: 0.75,
    });
  },
};
