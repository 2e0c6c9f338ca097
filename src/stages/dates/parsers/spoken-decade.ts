import { fromMatch, textAfter, textBefore, unresolved, type Parser } from '../context.js';

const TENS: Readonly<Record<string, number>> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

const MEASURE_NEARBY = /\b(?:temperatures?|highs?|lows?|degrees|fahrenheit|celsius|percent|per cent|points|polls?|polling|scores?|ratings?)\b|%/i;

/**
 * Decades in words: "the nineties", "the early sixties" → `199`, `196`, the latest such decade
 * that has begun by the reference year ("the twenties" written in 2024 is the 2020s). Only
 * after "the": "in their forties" is an age.
 */
export const spokenDecadeParser: Parser = {
  name: 'spoken-decade',
  pattern: /\b[Tt]he\s+(?:(?:early|late|mid)[- ]?\s*)?(?<tens>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi,
  extract(match, context) {
    const tens = TENS[(match.groups?.tens ?? '').toLowerCase()];
    if (tens === undefined) return null;
    // "highs in the nineties", "polling in the mid thirties": temperatures and scores, not years.
    const start = context.sentence.start + match.index;
    if (MEASURE_NEARBY.test(textBefore(context, start, 30)) || MEASURE_NEARBY.test(textAfter(context, start + match[0].length, 25))) return null;
    if (!context.reference) return fromMatch(context, match, this.name, unresolved('DATE', `XX${tens}`, 'decade'));
    let decade = Math.floor(context.reference.year / 100) * 100 + tens * 10;
    if (decade > context.reference.year) decade -= 100;
    return fromMatch(context, match, this.name, {
      type: 'DATE', value: String(decade / 10), granularity: 'decade', anchor: 'publication', confidence: 0.8,
    });
  },
};

/**
 * "this century", "last century", "next century": TIMEX3 writes a century as its first two
 * digits (`19` for 1900–1999), counted from the reference year. "the last century" is left
 * to the duration parser, like "the last year" (a length reaching back from now).
 */
export const relativeCenturyParser: Parser = {
  name: 'relative-century',
  pattern: /(?<![Tt]he\s+)\b(?<rel>[Tt]his|[Ll]ast|[Nn]ext)\s+century\b(?!\s+(?:of|and a half)\b)/g,
  extract(match, context) {
    const rel = (match.groups?.rel ?? '').toLowerCase();
    const shift = rel === 'this' ? 0 : rel === 'last' ? -1 : 1;
    if (!context.reference) return fromMatch(context, match, this.name, unresolved('DATE', 'XX', 'century'));
    const century = Math.floor(context.reference.year / 100) + shift;
    return fromMatch(context, match, this.name, {
      type: 'DATE', value: String(century).padStart(2, '0'), granularity: 'century', anchor: 'publication', confidence: 0.8,
    });
  },
};
