import type { Candidate } from '../context.js';

// "March 3-5", "March 3 to 5, 2024", "3-5 March": the connector between the two day numbers.
const CONNECTOR = /(\d{1,2})(?:st|nd|rd|th)?(\s*(?:-|–|to|through|until)\s*)(?=\d)/;

/**
 * TimeML output only: TIMEX3 has no interval value, so a day range the day-range parser read
 * as one `start/end` expression ("March 3-5") becomes its two ends, "March 3" and "5", each
 * with its day, as annotators tag "April 24 and 25". Storyline output keeps the range.
 */
export function splitDayRanges(candidates: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const candidate of candidates) {
    const [from, to] = candidate.value.split('/');
    const connector = CONNECTOR.exec(text.slice(candidate.start, candidate.end));
    if (candidate.source !== 'day-range' || !from || !to || !connector) {
      out.push(candidate);
      continue;
    }
    const firstEnd = candidate.start + connector.index + (connector[1] ?? '').length;
    const secondStart = candidate.start + connector.index + connector[0].length;
    out.push({ ...candidate, end: firstEnd, value: from });
    out.push({ ...candidate, start: secondStart, value: to });
  }
  return out;
}
