import { fromMatch, type Parser } from '../context.js';

// Only the words that TimeML annotators tag most of the time they occur in newswire; "current",
// "recent" and "soon" are tagged less than half the time (TimeBank/AQUAINT counts), so they are
// left out. "the past" on its own ("in the past, …") is tagged 4 times out of 4 there; followed
// by a length ("the past two months") it belongs to the duration parser.
const VALUES: Readonly<Record<string, string>> = {
  now: 'PRESENT_REF', currently: 'PRESENT_REF', 'at present': 'PRESENT_REF', nowadays: 'PRESENT_REF',
  'these days': 'PRESENT_REF', 'for now': 'PRESENT_REF', 'the past': 'PAST_REF',
  recently: 'PAST_REF', lately: 'PAST_REF', 'in recent years': 'PAST_REF',
  'the future': 'FUTURE_REF', 'in future': 'FUTURE_REF', 'the near future': 'FUTURE_REF',
  'the near term': 'FUTURE_REF', 'the short term': 'FUTURE_REF',
};

/** Deictic words with no calendar value: "now" → PRESENT_REF, "recently" → PAST_REF. */
export const referenceWordParser: Parser = {
  name: 'reference-word',
  pattern: /\b(?:now|currently|the past(?!\s+(?:[\w-]+\s+){0,2}(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|quarters?|hours?|minutes?|seasons?|summers?|winters?|springs?|autumns?|falls?|periods?|sessions?|nights?|weekends?)\b)|at present|nowadays|these days|recently|lately|in recent years|the future|in future|the near future|the near term|the short term)\b/gi,
  extract(match, context) {
    const lower = match[0].toLowerCase();
    const value = VALUES[lower];
    if (value === undefined) return null;
    // "in recent years" → "recent years": TIMEX3 leaves the preposition out.
    const span = lower.startsWith('in ') ? match[0].slice(3) : match[0];
    const offset = match[0].length - span.length;
    const start = context.sentence.start + match.index + offset;
    return { ...fromMatch(context, match, this.name, {
      type: 'DATE', value, granularity: null, anchor: 'publication', confidence: 0.7,
    }), start, end: start + span.length };
  },
};
