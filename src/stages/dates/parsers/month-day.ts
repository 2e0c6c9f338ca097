import { formatDay, isValidDay } from '../calendar.js';
import { fromMatch, textAfter, textBefore, unresolved, type ParseContext, type Parser, type Candidate } from '../context.js';
import { namesPastEvent } from '../named-event.js';
import { nearestMonthDay, previousMonthDay } from '../resolve.js';
import { directionAt } from '../tense.js';
import { MONTH_PATTERN, monthNumber } from '../vocabulary.js';

// "March 5", "March 5th, 2024", "Sept. 30 1999", "April 17 , 2010" (tokenised text); the
// look-ahead keeps "March 5,000" out.
const MONTH_FIRST = new RegExp(
  `\\b(?<month>${MONTH_PATTERN})\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:\\d|[,.]\\d{3}|\\s*(?:%|percent|per cent))(?:\\s?,?\\s+(?<year>(?:1[89]|20)\\d{2})\\b)?`,
  'g',
);
// "5 March 2024", "the 6th of April".
const DAY_FIRST = new RegExp(
  `\\b(?:the\\s+)?(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?<month>${MONTH_PATTERN})(?![a-z])(?:\\s?,?\\s+(?<year>(?:1[89]|20)\\d{2})\\b)?`,
  'g',
);

const ENDED_BEFORE = /\b(?:ended|closed)\s+$/i;
const SHARED_YEAR_AFTER = /^,?\s+(?:and|or|&)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+((?:1[89]|20)\d{2})\b/;

function extractMonthDay(name: string, match: RegExpExecArray, context: ParseContext): Candidate | null {
  const month = monthNumber(match.groups?.month ?? '');
  const day = Number(match.groups?.day);
  if (month === null) return null;
  // "Dec. 30 and 31, 2012": the year written after the second day is the first day's too.
  const yearText = match.groups?.year ?? SHARED_YEAR_AFTER.exec(textAfter(context, context.sentence.start + match.index + match[0].length, 24))?.[1];
  if (yearText !== undefined) {
    const year = Number(yearText);
    if (!isValidDay(year, month, day)) return null;
    return fromMatch(context, match, name, {
      type: 'DATE', value: formatDay({ year, month, day }), granularity: 'day', anchor: 'absolute', confidence: 1,
    });
  }
  if (!isValidDay(2024, month, day)) return null; // 2024 is a leap year: accepts Feb 29
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  if (!context.reference) return fromMatch(context, match, name, unresolved('DATE', `XXXX-${mm}-${dd}`, 'day'));
  const start = context.sentence.start + match.index;
  const end = start + match[0].length;
  // "the Sept. 11 attacks": a name that refers back takes its latest past occurrence, with
  // less confidence (the event may be years older; the text gives no year).
  const pastEvent = namesPastEvent(textAfter(context, end, 40));
  // "the quarter ended Oct. 31" is a closing day that has passed (or is today), however near.
  const closed = ENDED_BEFORE.test(textBefore(context, start, 12));
  const resolved = pastEvent || closed
    ? previousMonthDay(context.reference, month, day, closed)
    : nearestMonthDay(context.reference, month, day, directionAt(context, start, end));
  if (!resolved) return null;
  return fromMatch(context, match, name, {
    type: 'DATE', value: formatDay(resolved), granularity: 'day', anchor: 'publication', confidence: pastEvent ? 0.5 : 0.85,
  });
}

export const monthDayParser: Parser = {
  name: 'month-day',
  pattern: MONTH_FIRST,
  extract(match, context) {
    return extractMonthDay(this.name, match, context);
  },
};

export const dayMonthParser: Parser = {
  name: 'day-month',
  pattern: DAY_FIRST,
  extract(match, context) {
    // A bare "May" after a number is usually the modal ("5 may"), so require a capital.
    if (!/^[A-Z]/.test(match.groups?.month ?? '')) return null;
    return extractMonthDay(this.name, match, context);
  },
};
