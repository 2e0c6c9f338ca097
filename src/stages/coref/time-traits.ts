import { lemmaOf, normaliseWord } from './head-lemma.js';
import type { MentionView } from './mention-words.js';

/** The calendar values a time mention names, and whether it is a point or a span of time. */
export interface TimeTraits {
  readonly weekday?: string;
  readonly month?: string;
  /** A year or a decade ("2004", "1950s"). */
  readonly year?: string;
  readonly shape?: 'point' | 'span';
  /** Which one of a recurring unit: "this week", "last week", "next season". */
  readonly which?: string;
}

// General English calendar words, written by us.
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const MONTHS: ReadonlyMap<string, string> = new Map(
  'january:1 jan:1 february:2 feb:2 march:3 mar:3 april:4 apr:4 may:5 june:6 jun:6 july:7 jul:7 august:8 aug:8 september:9 sep:9 sept:9 october:10 oct:10 november:11 nov:11 december:12 dec:12'
    .split(' ').map((pair) => pair.split(':') as [string, string]),
);
const WHICH: ReadonlyMap<string, string> = new Map([['this', 'this'], ['current', 'this'], ['last', 'last'], ['previous', 'last'], ['past', 'last'], ['next', 'next'], ['coming', 'next']]);
/** Deictic days: "yesterday" is a point in time, whichever day it is. */
const DEICTIC = new Set('today yesterday tomorrow tonight now'.split(' '));
/** Heads that measure time rather than locate it ("hours", "the season", "the first half"). */
const SPAN_HEADS = new Set(['second', 'minute', 'hour', 'week', 'season', 'half', 'quarter', 'period', 'decade', 'century', 'era'].map(lemmaOf));

/** "Tuesday, July 27, 2004" → weekday tuesday, month 7, year 2004, a point; "hours" → a span. */
export function timeTraits(view: MentionView): TimeTraits {
  const words = view.words.map(normaliseWord);
  const weekday = words.find((w) => WEEKDAYS.has(w));
  // "May" and "March" are months only when capitalised.
  const monthWord = view.words.find((w) => /^\p{Lu}/u.test(w) && MONTHS.has(normaliseWord(w)));
  const month = monthWord === undefined ? undefined : MONTHS.get(normaliseWord(monthWord));
  const year = words.find((w) => /^(1[5-9]|20)\d\ds?$/.test(w));
  // A decade is a stretch of time, not a day: "the 1950s" is not "Thursday".
  const decade = year !== undefined && year.endsWith('s');
  const point = !decade && (weekday !== undefined || month !== undefined || year !== undefined || words.some((w) => DEICTIC.has(w)));
  const shape = point ? 'point' : decade || SPAN_HEADS.has(view.headLemma) ? 'span' : undefined;
  const whichWord = words.find((w) => WHICH.has(w));
  const which = whichWord === undefined ? undefined : WHICH.get(whichWord);
  return { ...(which ? { which } : {}), ...(weekday ? { weekday } : {}), ...(month ? { month } : {}), ...(year ? { year } : {}), ...(shape ? { shape } : {}) };
}
