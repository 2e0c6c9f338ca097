import type { Parser } from '../context.js';
import { anaphoricParser } from './anaphoric.js';
import { clockTimeParser } from './clock-time.js';
import { countRelativeParser } from './count-relative.js';
import { dayPartParser } from './day-part.js';
import { dayRangeParser } from './day-range.js';
import { dayWordParser } from './day-word.js';
import { centuryParser, decadeParser } from './decade.js';
import { durationParser } from './duration.js';
import { dayMonthParser, monthDayParser } from './month-day.js';
import { fiscalYearParser } from './fiscal-year.js';
import { holidayParser } from './holiday.js';
import { monthNameParser } from './month-name.js';
import { monthYearParser } from './month-year.js';
import { periodEdgeParser } from './period-edge.js';
import { isoDateParser, slashDateParser } from './numeric-date.js';
import { quarterParser } from './quarter.js';
import { referenceWordParser } from './reference-word.js';
import { relativePeriodParser } from './relative-period.js';
import { seasonParser } from './season.js';
import { secondDayParser } from './second-day.js';
import { setParser } from './set.js';
import { relativeCenturyParser, spokenDecadeParser } from './spoken-decade.js';
import { spokenYearParser } from './spoken-year.js';
import { weekdayParser } from './weekday.js';
import { weekendParser } from './weekend.js';
import { yearParser } from './year.js';
import { yearAgoParser } from './year-ago.js';
import { yearEndParser } from './year-end.js';

/**
 * Every parser, most specific first: when two candidates cover the same text with the same
 * length, the earlier parser wins (see refiners/resolve-overlaps.ts).
 */
export const PARSERS: readonly Parser[] = [
  isoDateParser, slashDateParser, dayRangeParser, monthDayParser, dayMonthParser, secondDayParser, monthYearParser,
  yearParser, decadeParser, centuryParser, spokenDecadeParser, relativeCenturyParser, quarterParser, relativePeriodParser, weekendParser,
  seasonParser, weekdayParser, dayWordParser, countRelativeParser, durationParser, setParser,
  clockTimeParser, dayPartParser, monthNameParser, referenceWordParser, yearAgoParser, holidayParser,
  fiscalYearParser, yearEndParser, periodEdgeParser, spokenYearParser, anaphoricParser,
];
