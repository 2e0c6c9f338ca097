import type { Refiner } from '../context.js';
import { anchorToPeriod } from './anchor-to-period.js';
import { attachTimesToDays, mergeMonthYear, mergeWeekdayDate, mergeWeekOf } from './merge-adjacent.js';
import { resolveAnaphora } from './resolve-anaphora.js';

export { joinRanges } from './join-ranges.js';
export { resolveOverlaps } from './resolve-overlaps.js';
export { splitDayRanges } from './split-day-ranges.js';

/**
 * Refiners run in this order after overlaps are resolved: merges first (they fix spans and
 * may fix values), then re-anchoring, which reads the merged values, then anaphora ("that
 * year"), which read the re-anchored ones. `joinRanges` runs last and only for Storyline
 * output (see find-time-expressions.ts).
 */
export const REFINERS: readonly Refiner[] = [mergeWeekdayDate, mergeMonthYear, mergeWeekOf, attachTimesToDays, anchorToPeriod, resolveAnaphora];
