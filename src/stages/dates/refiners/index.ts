import type { Refiner } from '../context.js';
import { anchorToPeriod } from './anchor-to-period.js';
import { attachTimesToDays, mergeMonthYear, mergeWeekdayDate } from './merge-adjacent.js';

export { joinRanges } from './join-ranges.js';
export { resolveOverlaps } from './resolve-overlaps.js';

/**
 * Refiners run in this order after overlaps are resolved: merges first (they fix spans and
 * may fix values), then re-anchoring, which reads the merged values. `joinRanges` runs last
 * and only for Storyline output (see find-time-expressions.ts).
 */
export const REFINERS: readonly Refiner[] = [mergeWeekdayDate, mergeMonthYear, attachTimesToDays, anchorToPeriod];
