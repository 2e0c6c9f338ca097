import type { ParseContext } from '../context.js';
import { nearestMonthDay } from '../resolve.js';
import { directionAt } from '../tense.js';

/**
 * The year of a month and day a parser matched without a year: the occurrence nearest the
 * reference day in the direction the tense around the match points. Null when the
 * reference is missing or no such day exists (29 February).
 */
export function matchedMonthDayYear(context: ParseContext, match: RegExpExecArray, month: number, day: number): number | null {
  if (!context.reference) return null;
  const start = context.sentence.start + match.index;
  return nearestMonthDay(context.reference, month, day, directionAt(context, start, start + match[0].length))?.year ?? null;
}
