import { formatDay } from '../calendar.js';
import { fromMatch, textAfter, textBefore, unresolved, type Parser } from '../context.js';
import { followingWeekday, nearestWeekday, previousWeekday } from '../resolve.js';
import { directionAt } from '../tense.js';
import { DAY_PARTS, MONTH_PATTERN, WEEKDAY_PATTERN, weekdayNumber } from '../vocabulary.js';

// Titles that contain a weekday but are not dates: newspapers, shows, holidays of no fixed date.
const TITLE_AFTER = /^\s*(?:Times|Telegraph|Mirror|Express|Post|Herald|Star|Independent|Tribune|Mail|Sport|People|Business|Night Live|Morning Herald|Observer|Record|Sun|Age|School|Club)\b/;
const TITLE_BEFORE = /\b(?:Mail on|Black|Good|Cyber|Ash|Palm|Easter|Super|Bloody|Holy|Maundy)\s+$/;

const NAME_AFTER = new RegExp(`^\\s+(?!(?:${MONTH_PATTERN})\\b)[A-Z][a-z]`);
const SCHEDULED_BEFORE = /\bfor\s+$/i;
const SHARED_PLURAL_AFTER = new RegExp(`^\\s+(?:and|or)\\s+${WEEKDAY_PATTERN}(?:s|\\s+(?<part>mornings|afternoons|evenings|nights))\\b`);
// "ahead of Friday's summit": a possessive day still to come.
const AHEAD_BEFORE = /\bahead of\s+$/i;

/**
 * A weekday: "on Monday", "last Thursday", "next Friday", "Friday's summit" (the span stops
 * before the possessive, as TIMEX3 does), "Sunday night".
 * Direction comes from the sentence's tense (see tense.ts); a bare weekday defaults to the past.
 */
export const weekdayParser: Parser = {
  name: 'weekday',
  pattern: new RegExp(
    `\\b(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|[Ee]arly|[Ll]ate)\\s+)?(?<day>${WEEKDAY_PATTERN})(?:\\s+(?<part>morning|afternoon|evening|night))?\\b`,
    'g',
  ),
  extract(match, context) {
    const start = context.sentence.start + match.index;
    const end = start + match[0].length;
    if (TITLE_AFTER.test(textAfter(context, end, 20)) || TITLE_BEFORE.test(textBefore(context, start, 12))) return null;
    // "the Sunday Programme", "the Monday Club": a capitalised noun after "the <weekday>" makes a name.
    if (!match.groups?.rel && /\bthe\s+$/i.test(textBefore(context, start, 5)) && NAME_AFTER.test(textAfter(context, end, 20))) return null;
    const target = weekdayNumber(match.groups?.day ?? '');
    if (target === null) return null;
    // "on Monday and Tuesday nights": the plural after "and" makes both days recurrences.
    const shared = SHARED_PLURAL_AFTER.exec(textAfter(context, end, 40));
    if (shared && !match.groups?.rel && !match.groups?.part) {
      const part = shared.groups?.part ? `T${DAY_PARTS.get(shared.groups.part.toLowerCase().replace(/s$/, '')) ?? ''}` : '';
      return fromMatch(context, match, this.name, { type: 'SET', value: `XXXX-WXX-${target}${part}`, granularity: null, anchor: 'absolute', confidence: 0.7 });
    }
    const partCode = DAY_PARTS.get(match.groups?.part ?? '');
    const suffix = partCode ? `T${partCode}` : '';
    // "Friday night" keeps its part of the day in the value (`…TNI`) but is typed DATE, as
    // TimeBank/AQUAINT annotators type a weekday with a day part (19 of 26; "this morning",
    // a day word, is TIME there and in day-word.ts).
    const type = 'DATE';
    const ref = context.reference;
    if (!ref) return fromMatch(context, match, this.name, unresolved(type, `XXXX-WXX-${target}${suffix}`, 'day'));
    const rel = match.groups?.rel?.toLowerCase();
    // "a day of mourning for Sunday", "set for Monday": a weekday after "for" is a plan
    // (but "for Friday's fall" refers back to a day that has passed).
    const possessive = /^['’]s\b/.test(textAfter(context, end, 3));
    const scheduled = !rel && SCHEDULED_BEFORE.test(textBefore(context, start, 6)) && !possessive;
    const day =
      rel === 'last' || rel === 'past' ? previousWeekday(ref, target)
      : rel === 'next' || rel === 'coming' || scheduled ? followingWeekday(ref, target)
      // "Wednesday's ruling", "over Thursday's closing price": a possessive names an event
      // the reader already knows of, whatever the clause's tense ("would appeal Wednesday's ruling").
      : possessive && !AHEAD_BEFORE.test(textBefore(context, start, 12)) ? nearestWeekday(ref, target, 'past')
      : nearestWeekday(ref, target, directionAt(context, start, end));
    return fromMatch(context, match, this.name, {
      type, value: formatDay(day) + suffix, granularity: partCode ? 'hour' : 'day', anchor: 'publication', confidence: rel ? 0.9 : 0.8,
    });
  },
};

