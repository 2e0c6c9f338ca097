import { formatYear } from '../calendar.js';
import { fromMatch, unresolved, type Parser } from '../context.js';

/**
 * The business-news adjectives "year-earlier" and "year-ago" ("the year-earlier quarter",
 * "year-ago results"): the same period one year before. Resolved to the previous year here;
 * refiners/anchor-to-period.ts moves it to a quarter when the text is about one.
 */
export const yearAgoParser: Parser = {
  name: 'year-ago',
  pattern: /\b(?:(?:[Tt]he)\s+)?[Yy]ear-(?:earlier|ago)(?:\s+(?:period|quarter|months?))?\b/g,
  extract(match, context) {
    const text = match[0];
    // Without a period noun, the span is just the adjective ("year-earlier levels").
    const bare = !/\s(?:period|quarter|months?)$/.test(text);
    const span = bare ? text.replace(/^[Tt]he\s+/, '') : text;
    const offset = text.length - span.length;
    const candidate = context.reference
      ? fromMatch(context, match, this.name, {
        type: 'DATE', value: formatYear(context.reference.year - 1), granularity: 'year', anchor: 'publication', confidence: 0.5,
      })
      : fromMatch(context, match, this.name, unresolved('DATE', 'XXXX', 'year'));
    return { ...candidate, start: candidate.start + offset };
  },
};
