import { fromMatch, textAfter, textBefore, type Parser } from '../context.js';
import { NUMBER_PATTERN, parseCount } from '../vocabulary.js';
import { MODIFIER_PATTERN } from './count-relative.js';
import { durationValue, unitInfo, UNIT_PATTERN } from './units.js';

/**
 * Lengths of time: "eight years", "for three years" (the span leaves out "for", as TIMEX3
 * does), "the past two months", "the first nine months", "a two-day visit", "nearly four
 * hours", "several years" (`PXY`), and bare plurals after "for"/"within" ("for years").
 */
export const durationParser: Parser = {
  name: 'duration',
  pattern: new RegExp(
    `\\b(?:${MODIFIER_PATTERN}\\s+)?(?:the\\s+(?:(?:past|last|next|first|coming|previous|latest|final|following)\\s+)?)?(?:(?<count>${NUMBER_PATTERN})(?:\\s+(?:more|additional|straight|consecutive|full))?(?<sep>[- ]|\\s+))?(?<unit>${UNIT_PATTERN}s?)\\b(?!-old|\\s+(?:ago|earlier|from now|hence)\\b)`,
    'gi',
  ),
  extract(match, context) {
    const g = match.groups ?? {};
    const unit = unitInfo(g.unit ?? '');
    if (unit === null) return null;
    const start = context.sentence.start + match.index;
    const plural = /s$/i.test(g.unit ?? '');
    let count: number | 'X' | null;
    if (g.count !== undefined) {
      count = parseCount(g.count);
      // "a year" after an amount is a rate ("$5 a year"), a set, not a duration.
      if (/^an?$/i.test(g.count) && /(?:\d|\b(?:million|billion|times|twice|once|percent|cents?|dollars))\s*$/i.test(textBefore(context, start, 20))) return null;
    } else {
      // Bare units: only plurals after "for"/"within"/"in recent"/"the past", which read as vague lengths.
      const lead = textBefore(context, start, 14);
      if (!plural || !/\b(?:for|within|in recent|over recent|in coming|the past|in the coming|over the)\s+$/i.test(lead) && !/^the\s/i.test(match[0])) return null;
      count = 'X';
    }
    if (count === null) return null;
    // "the first day", "the past year" etc. without a count are periods, not counts — keep only
    // those with "past/last/next", read as one unit.
    if (g.count === undefined && /^the\s/i.test(match[0])) {
      if (!/^the\s+(?:past|last|next|coming|previous)\s/i.test(match[0])) return null;
      count = plural ? 'X' : 1;
    }
    // Ages ("44 years old") are durations in TIMEX3 too, but "the 10-year note" is a maturity — both kept.
    if (g.sep === '-' && /^\s*-?old\b/i.test(textAfter(context, start + match[0].length, 6))) return null;
    return fromMatch(context, match, this.name, {
      type: 'DURATION', value: durationValue(count, unit), granularity: unit.granularity, anchor: 'absolute', confidence: 0.8,
    });
  },
};
