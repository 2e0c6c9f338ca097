import { fromMatch, textAfter, textBefore, type Parser } from '../context.js';
import { NUMBER_PATTERN, parseCount } from '../vocabulary.js';
import { MODIFIER_PATTERN } from './count-relative.js';
import { durationValue, unitInfo, UNIT_PATTERN } from './units.js';

const PERIOD_LEAD = '(?:past|last|next|first|coming|previous|latest|final|following)';
const ORDINAL_POSITION = /^the\s+(?:last|first|final)\s+$/i;
// A modal, "to" or a subject pronoun right before "one day" makes it an adverb of the future.
const SOMEDAY_BEFORE = /\b(?:will|would|could|can|may|might|shall|should|must|to|he|she|they|we|I|you)\s+$/i;

/**
 * Lengths of time: "eight years", "for three years" (the span leaves out "for", as TIMEX3
 * does), "the past two months", "the first nine months", "a two-day visit", "nearly four
 * hours", "2 1/2 years", "an hour and a half", "several years" (`PXY`), "the past year", and
 * bare plurals after "for"/"within"/"recent" ("for years", "in recent months").
 */
export const durationParser: Parser = {
  name: 'duration',
  pattern: new RegExp(
    `\\b(?:${MODIFIER_PATTERN}\\s+)?(?:(?<the>the\\s+(?:${PERIOD_LEAD}\\s+)?)|(?<vague>recent|coming|past)\\s+)?(?:(?<count>${NUMBER_PATTERN})(?<half1>\\s+and\\s+a\\s+half)?(?:\\s+(?:more|additional|straight|consecutive|full|trading|business|working|calendar))?(?<sep>[- ]|\\s+))?(?<unit>${UNIT_PATTERN}s?)(?<long>-long)?(?<half2>\\s+and\\s+a\\s+half)?(?<approx>\\s+or\\s+(?:so|two|three)(?!\\s+(?:${UNIT_PATTERN}|more|less|other)))?\\b(?!-old|\\s+(?:or\\s+so\\s+)?(?:ago|earlier|from now|hence)\\b)`,
    'gi',
  ),
  extract(match, context) {
    const g = match.groups ?? {};
    const unit = unitInfo(g.unit ?? '');
    if (unit === null) return null;
    const start = context.sentence.start + match.index;
    const plural = /s$/i.test(g.unit ?? '');
    // "a day-long meeting", "the decades-long feud": the article belongs to the noun after it.
    if (g.long && (g.count === undefined || /^an?$/i.test(g.count)) && !g.vague) {
      const span = `${g.unit ?? ''}-long`;
      const at = start + match[0].lastIndexOf(span);
      const value = durationValue(plural ? 'X' : 1, unit);
      return { ...fromMatch(context, match, this.name, { type: 'DURATION', value, granularity: unit.granularity, anchor: 'absolute', confidence: 0.7 }), start: at, end: at + span.length };
    }
    const count = countOf(g, plural, textBefore(context, start, 20), textAfter(context, start + match[0].length, 8));
    if (count === null) return null;
    // "a quarter of", "three-quarters": fractions, not business quarters.
    if (unit.granularity === 'quarter' && (g.sep === '-' || count === 1 || /^\s+of\b/i.test(textAfter(context, start + match[0].length, 4)))) return null;
    // Ages ("a 44-year-old", "52 years old") describe people, not periods.
    if (/^\s*-?old\b/i.test(textAfter(context, start + match[0].length, 6))) return null;
    // "60 Minutes" is a title; "a second group" an ordinal.
    if (/^[A-Z][a-z]/.test(g.unit ?? '') && g.count !== undefined && /^\d/.test(g.count)) return null;
    if (/^an?$/i.test(g.count ?? '') && /^second$/i.test(g.unit ?? '')) return null;
    // "the last year of his term", "the final day of the fair": a position inside a span the
    // text names, not a length counted back from now.
    if (ORDINAL_POSITION.test(g.the ?? '') && !plural && /^\s+of\b/i.test(textAfter(context, start + match[0].length, 4))) return null;
    // "Velden will one day be a city", "hopes he one day returns": the idiom for "some day".
    if (/^one$/i.test(g.count ?? '') && /^day$/i.test(g.unit ?? '') && !g.the && !g.vague && SOMEDAY_BEFORE.test(textBefore(context, start, 12))) {
      return fromMatch(context, match, this.name, { type: 'DATE', value: 'FUTURE_REF', granularity: null, anchor: 'publication', confidence: 0.6 });
    }
    const candidate = fromMatch(context, match, this.name, {
      // Vague lengths ("recent years") lose ties to the deictic reading (PAST_REF).
      type: 'DURATION', value: durationValue(count, unit), granularity: unit.granularity, anchor: 'absolute', confidence: count === 'X' ? 0.6 : 0.8,
    });
    // "the" belongs to the span only with a period word ("the past two months"), not in
    // "the two days" or "the 14-day delay".
    const bareThe = /^the\s+$/i.test(g.the ?? '') ? match[0].indexOf(g.the ?? '') + (g.the ?? '').length : 0;
    return { ...candidate, start: candidate.start + bareThe };
  },
};

function countOf(g: Record<string, string | undefined>, plural: boolean, before: string, after: string): number | 'X' | null {
  if (g.count !== undefined) {
    // "a year" after an amount is a rate ("$5 a year", "four flights a week"), not a duration.
    if (/^an?$/i.test(g.count) && isRate(before)) return null;
    const count = parseCount(g.count);
    if (count === null || count === 'X') return count;
    // "the 1988 second quarter", "the 1988 quarter": a year before a singular unit is not a count.
    if (!plural && count >= 1900 && count <= 2099) return null;
    return g.half1 !== undefined || g.half2 !== undefined ? count + 0.5 : count;
  }
  // No count: "the past year" is one unit; "the past years", "recent months", "for weeks",
  // "hours later" are vague.
  const lead = g.the ?? '';
  if (/\s(?:past|last|next|coming|previous)\s+$/i.test(` ${lead}`)) return plural ? 'X' : 1;
  if (lead !== '' || !plural) return null;
  if (g.vague !== undefined) return 'X';
  // "for years", "within hours", and "Days later, …": an unstated number of units.
  return /\b(?:for|within|over|in)\s+$/i.test(before) || /^\s+later\b/i.test(after) ? 'X' : null;
}

const NOT_PLURAL_NOUN = new Set(['was', 'has', 'is', 'its', 'this', 'his', 'as', 'less', 'across', 'perhaps', 'always', 'thus', 'does', 'takes', 'lasts', 'spends']);

function isRate(before: string): boolean {
  if (/(?:\d|\b(?:million|billion|times|twice|once|percent|cents?|dollars))\s*$/i.test(before)) return true;
  const word = /([A-Za-z]+)\s*$/.exec(before)?.[1]?.toLowerCase() ?? '';
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !NOT_PLURAL_NOUN.has(word);
}
