import { fromMatch, type Parser } from '../context.js';

/**
 * Decades and centuries: "the 1990s" → `199`, "the early 1990s", "the '90s" (read as the
 * 1900s), "the 20th century" → `19`. TIMEX3 writes a decade as its first three digits.
 */
export const decadeParser: Parser = {
  name: 'decade',
  // No \b at the start: "the '80s" begins with an apostrophe.
  pattern: /(?<![\w'’])(?:(?:[Tt]he\s+)?(?:[Ee]arly|[Ll]ate|[Mm]id)[- ]?\s*)?(?:(?<full>(?:1[89]|20)\d)0|['’](?<short>\d)0)['’]?s\b/g,
  extract(match, context) {
    const value = match.groups?.full ?? (match.groups?.short !== undefined ? `19${match.groups.short}` : null);
    if (value === null) return null;
    return fromMatch(context, match, this.name, {
      type: 'DATE', value, granularity: 'decade', anchor: 'absolute', confidence: 0.9,
    });
  },
};

const ORDINAL_CENTURY: Readonly<Record<string, number>> = {
  nineteenth: 19, twentieth: 20, 'twenty-first': 21, eighteenth: 18,
};

/** "the 20th century", "the twenty-first century" → the century's first two digits. */
export const centuryParser: Parser = {
  name: 'century',
  pattern: /\b(?:(?:[Tt]he\s+)?(?:[Ee]arly|[Ll]ate|[Mm]id)[- ]?\s*)?(?<n>\d{2})(?:st|nd|rd|th)[- ]century\b|\b(?<word>nineteenth|twentieth|twenty-first|eighteenth)[- ]century\b/gi,
  extract(match, context) {
    const n = match.groups?.n !== undefined ? Number(match.groups.n) : ORDINAL_CENTURY[match.groups?.word?.toLowerCase() ?? ''];
    if (n === undefined || n < 1) return null;
    return fromMatch(context, match, this.name, {
      type: 'DATE', value: String(n - 1).padStart(2, '0'), granularity: 'century', anchor: 'absolute', confidence: 0.9,
    });
  },
};
