import { fromMatch, unresolved, type Parser } from '../context.js';
import { NUMBER_PATTERN, parseCount } from '../vocabulary.js';
import { shiftedDate, unitInfo, UNIT_PATTERN } from './units.js';

// Modifiers TIMEX3 keeps inside the span ("more than four hours", "nearly two years"); "about",
// "only" and "just" stay outside, and "over the past year" is a preposition, not "more than".
export const MODIFIER_PATTERN =
  '(?:more than|less than|fewer than|no more than|nearly|almost|at least|at most|up to|close to|(?:over|under)(?!\\s+the\\b))';

/**
 * "three days ago", "a year earlier", "two weeks from now", "almost four years ago". "ago" and
 * "from now" count from the publication day; "earlier" counts from a period the text
 * mentions, which the reference day only approximates (lower confidence; see
 * refiners/anchor-to-period.ts). "two days later" / "a year after" are left to the duration
 * parser: TIMEX3 tags the length and treats "later"/"after" as a signal.
 */
export const countRelativeParser: Parser = {
  name: 'count-relative',
  pattern: new RegExp(
    `\\b(?:${MODIFIER_PATTERN}\\s+)?(?<count>${NUMBER_PATTERN})\\s+(?<unit>${UNIT_PATTERN}s?)(?:\\s+or\\s+so)?\\s+(?<dir>ago|earlier|from now|hence)\\b`,
    'gi',
  ),
  extract(match, context) {
    const count = parseCount(match.groups?.count ?? '');
    const unit = unitInfo(match.groups?.unit ?? '');
    const dir = (match.groups?.dir ?? '').toLowerCase();
    if (count === null || unit === null) return null;
    const sign = dir === 'ago' || dir === 'earlier' ? -1 : 1;
    const deictic = dir === 'ago' || dir === 'from now' || dir === 'hence';
    if (count === 'X' || unit.time) {
      return fromMatch(context, match, this.name, {
        type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', granularity: null, anchor: 'publication', confidence: 0.5,
      });
    }
    if (!context.reference) return fromMatch(context, match, this.name, unresolved('DATE', 'XXXX', unit.granularity));
    const shifted = shiftedDate(context.reference, unit, sign * count);
    if (!shifted) return null;
    return fromMatch(context, match, this.name, {
      type: 'DATE', ...shifted, anchor: 'publication', confidence: deictic ? 0.85 : 0.4,
    });
  },
};
