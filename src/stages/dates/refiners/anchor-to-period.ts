import type { Day } from '../calendar.js';
import type { Candidate } from '../context.js';
import { parseCount } from '../vocabulary.js';

const YEARS_BACK = /^(?:\S+\s+)?(?<count>an?|one|two|three|\d+)\s+years?\s+(?:ago|earlier)$/i;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const ORDINAL = /(?:first|second|third|fourth|[1-4](?:st|nd|rd|th)|Q[1-4])/i;
// Results periods that are not quarters: after "in the first nine months, profit rose … from
// $5 million a year earlier" the year back is a year, not the quarter named before.
const OTHER_PERIOD = /\b(?:(?:nine|six) months|first half|second half|fiscal year|full year|the year)\b/i;

interface Quarter {
  readonly year: number;
  readonly quarter: number;
}

/**
 * In results stories "a year ago" and "year-earlier" mean the same quarter one year back:
 * "profit rose in the third quarter … from $5 million a year earlier". When a quarter was
 * named earlier in the text, year-back expressions take that quarter, shifted by the years,
 * and "the 1988 period" takes that quarter of 1988.
 *
 * Only a quarter that has ended by the reference day (or that the text says "ended") becomes
 * the story's quarter, the one results are reported for: "will result in a fourth-quarter
 * charge" looks ahead and is not what "a year ago" compares with. A nine-month, half-year or
 * full-year period named later ends the quarter's reign. Fiscal numbering is kept: "the
 * quarter ended Sept. 29" after "its fiscal first quarter" is that first quarter, as TimeBank
 * annotates it (re-dating it by its closing day lost 3 values there).
 */
export function anchorToPeriod(candidates: readonly Candidate[], text: string, reference: Day | null): Candidate[] {
  let lastQuarter: Quarter | null = null;
  return candidates.map((candidate) => {
    const span = text.slice(candidate.start, candidate.end);
    const quarter = QUARTER.exec(candidate.value);
    // "the current quarter" names the reference day's quarter, not the story's.
    const unnamed = quarter && candidate.source === 'quarter' && !ORDINAL.test(span) && !/\bcurrent\b/i.test(span);
    // "the quarter", "the latest period": the quarter the story is already talking about
    // ("last year's quarter": that quarter one year back).
    if (unnamed && lastQuarter) {
      const shift = /last year/i.test(span) ? -1 : /next year/i.test(span) ? 1 : 0;
      return { ...candidate, value: `${lastQuarter.year + shift}-Q${lastQuarter.quarter}`, source: 'anchor-to-period' };
    }
    if (quarter && candidate.source === 'quarter') {
      const named = { year: Number(quarter[1]), quarter: Number(quarter[2]) };
      // "its fourth quarter ended Sept. 30": a fiscal quarter the text says is over.
      const endedPerText = /^\s*,?\s*ended\b/.test(text.slice(candidate.end, candidate.end + 12));
      if (endedPerText || hasEnded(named, reference)) lastQuarter = named;
      return candidate;
    }
    if (candidate.type === 'DURATION' || candidate.granularity === 'half' || candidate.source === 'fiscal-year') {
      if (OTHER_PERIOD.test(span)) lastQuarter = null;
      return candidate;
    }
    if (!lastQuarter) return candidate;
    const period = /^(?:the\s+)?(\d{4})\s+(?:period|quarter)$/i.exec(span);
    if (period) return { ...candidate, value: `${period[1]}-Q${lastQuarter.quarter}`, granularity: 'quarter', source: 'anchor-to-period' };
    const years = yearsBack(candidate, text);
    if (years === null) return candidate;
    const { year, quarter: q } = lastQuarter;
    return { ...candidate, value: `${year - years}-Q${q}`, granularity: 'quarter', source: 'anchor-to-period' };
  });
}

/** Whether a quarter is over on the reference day (always, when there is no reference). */
function hasEnded(quarter: Quarter, reference: Day | null): boolean {
  if (!reference) return true;
  const lastMonth = quarter.quarter * 3;
  return quarter.year < reference.year || (quarter.year === reference.year && lastMonth < reference.month);
}

function yearsBack(candidate: Candidate, text: string): number | null {
  if (candidate.source === 'year-ago') return 1;
  if (candidate.source !== 'count-relative') return null;
  const match = YEARS_BACK.exec(text.slice(candidate.start, candidate.end));
  const count = match ? parseCount(match.groups?.count ?? '') : null;
  return typeof count === 'number' ? count : null;
}
