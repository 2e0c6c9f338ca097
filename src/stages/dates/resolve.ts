import { addDays, daysBetween, isValidDay, weekday, type Day } from './calendar.js';
import type { Direction } from './tense.js';

/**
 * A named weekday relative to the reference. Past (and unknown: most newswire weekdays
 * report what already happened) → the latest such day on or before the reference; future →
 * the first on or after it.
 */
export function nearestWeekday(reference: Day, target: number, direction: Direction): Day {
  const diff = target - weekday(reference);
  if (direction === 'future') return addDays(reference, (diff + 7) % 7);
  return addDays(reference, -((-diff + 7) % 7));
}

/** "last Thursday": the latest Thursday strictly before the reference day. */
export function previousWeekday(reference: Day, target: number): Day {
  const back = (weekday(reference) - target + 7) % 7;
  return addDays(reference, -(back === 0 ? 7 : back));
}

/** "next Monday": the first Monday strictly after the reference day. */
export function followingWeekday(reference: Day, target: number): Day {
  const ahead = (target - weekday(reference) + 7) % 7;
  return addDays(reference, ahead === 0 ? 7 : ahead);
}

/**
 * A month and day without a year: past → the latest such date not after the reference;
 * future → the first not before it; unknown → whichever is closer. Exception: a date within
 * a week of the reference on either side wins whatever the tense says.
 */
export function nearestMonthDay(reference: Day, month: number, day: number, direction: Direction): Day | null {
  const options: Day[] = [];
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    if (isValidDay(year, month, day)) options.push({ year, month, day });
  }
  const closest = closestTo(reference, options);
  // A date a few days on the other side of the reference is likelier than one a year away:
  // the tense was probably misread ("must leave by Jan. 14" published Jan. 15). And news
  // style (AP) writes the year whenever a date is not in the current year, so a date without
  // one within a quarter of publication is that date, whatever the tense of the sentence
  // ("agreed to meet on June 27", published May 29, is next month, not last June).
  if (closest && Math.abs(daysBetween(reference, closest)) <= DOMINANT_DAYS) return closest;
  if (direction === 'past') return options.filter((d) => daysBetween(d, reference) >= 0).pop() ?? null;
  if (direction === 'future') return options.find((d) => daysBetween(reference, d) >= 0) ?? null;
  return closest;
}

/**
 * The latest such month and day before the reference (or on it, when `inclusive`): the
 * occurrence a name of a past event ("the Sept. 11 attacks") or a closing day ("the quarter
 * ended Oct. 31") can mean at the latest. Null only for 29 February without a leap year in
 * the last eight.
 */
export function previousMonthDay(reference: Day, month: number, day: number, inclusive = false): Day | null {
  for (let year = reference.year; year >= reference.year - 8; year--) {
    if (!isValidDay(year, month, day)) continue;
    const back = daysBetween({ year, month, day }, reference);
    if (back > 0 || (inclusive && back === 0)) return { year, month, day };
  }
  return null;
}

const NEAR_MONTHS = 2;

// About a quarter: measured on TempEval-3 (TimeBank + AQUAINT) value F1, see BENCHMARKS.md.
const DOMINANT_DAYS = 92;

function closestTo(reference: Day, options: readonly Day[]): Day | null {
  let best: Day | null = null;
  for (const option of options) {
    if (!best || Math.abs(daysBetween(reference, option)) < Math.abs(daysBetween(reference, best))) best = option;
  }
  return best;
}

/**
 * The year of a named month: past → latest not after the reference month; future → first
 * not before it; unknown → the closer one (ties go to the reference year). As for a month
 * and day, a month within two months of the reference on either side wins whatever the
 * tense says ("the case is heard in May", written in late March, long after "had signed").
 */
export function yearOfMonth(reference: Day, month: number, direction: Direction): number {
  // Signed distance to the nearest such month, -6..5.
  const near = ((month - reference.month + 18) % 12) - 6;
  // Two months: measured on TimeBank/AQUAINT value F1 (one month +3 values, two +4, three +2).
  if (Math.abs(near) <= NEAR_MONTHS) return reference.year + Math.floor((reference.month - 1 + near) / 12);
  if (direction === 'past') return month <= reference.month ? reference.year : reference.year - 1;
  if (direction === 'future') return month >= reference.month ? reference.year : reference.year + 1;
  const diff = month - reference.month;
  if (diff > 6) return reference.year - 1;
  if (diff < -6) return reference.year + 1;
  return reference.year;
}
