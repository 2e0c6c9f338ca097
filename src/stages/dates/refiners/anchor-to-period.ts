import type { Candidate } from '../context.js';
import { parseCount } from '../vocabulary.js';

const YEARS_BACK = /^(?:\S+\s+)?(?<count>an?|one|two|three|\d+)\s+years?\s+(?:ago|earlier)$/i;
const QUARTER = /^(\d{4})-Q([1-4])$/;

/**
 * In results stories "a year ago" and "year-earlier" mean the same quarter one year back:
 * "profit rose in the third quarter … from $5 million a year earlier". When a quarter was
 * named earlier in the text, year-back expressions take that quarter, shifted by the years,
 * and "the 1988 period" takes that quarter of 1988.
 */
export function anchorToPeriod(candidates: readonly Candidate[], text: string): Candidate[] {
  let lastQuarter: { year: number; quarter: number } | null = null;
  return candidates.map((candidate) => {
    const quarter = QUARTER.exec(candidate.value);
    // "the quarter", "the latest period": the quarter the story is already talking about.
    if (quarter && candidate.source === 'quarter' && lastQuarter && !/(?:first|second|third|fourth|[1-4](?:st|nd|rd|th)|Q[1-4])/i.test(text.slice(candidate.start, candidate.end))) {
      return { ...candidate, value: `${lastQuarter.year}-Q${lastQuarter.quarter}`, source: 'anchor-to-period' };
    }
    if (quarter && candidate.source === 'quarter') {
      lastQuarter = { year: Number(quarter[1]), quarter: Number(quarter[2]) };
      return candidate;
    }
    if (!lastQuarter) return candidate;
    const period = /^(?:the\s+)?(\d{4})\s+(?:period|quarter)$/i.exec(text.slice(candidate.start, candidate.end));
    if (period) return { ...candidate, value: `${period[1]}-Q${lastQuarter.quarter}`, granularity: 'quarter', source: 'anchor-to-period' };
    const years = yearsBack(candidate, text);
    if (years === null) return candidate;
    const { year, quarter: q } = lastQuarter;
    return { ...candidate, value: `${year - years}-Q${q}`, granularity: 'quarter', source: 'anchor-to-period' };
  });
}

function yearsBack(candidate: Candidate, text: string): number | null {
  if (candidate.source === 'year-ago') return 1;
  if (candidate.source !== 'count-relative') return null;
  const match = YEARS_BACK.exec(text.slice(candidate.start, candidate.end));
  const count = match ? parseCount(match.groups?.count ?? '') : null;
  return typeof count === 'number' ? count : null;
}
