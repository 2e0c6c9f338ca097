/** Words the parsers share: month, weekday, season and number names. */

// Month names and their newswire abbreviations ("Sept.", "Jan"). "May" and "March" are
// ambiguous with a modal and a noun; parsers that accept a bare month check case and context.
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Regex source matching one month name or abbreviation (with optional period). */
export const MONTH_PATTERN =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';

/** Full month names only: safer where an abbreviation would be ambiguous. */
export const FULL_MONTH_PATTERN =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

export function monthNumber(word: string): number | null {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['mon', 1], ['tuesday', 2], ['tue', 2], ['tues', 2], ['wednesday', 3], ['wed', 3],
  ['thursday', 4], ['thu', 4], ['thur', 4], ['thurs', 4], ['friday', 5], ['fri', 5],
  ['saturday', 6], ['sat', 6], ['sunday', 7], ['sun', 7],
]);

export const WEEKDAY_PATTERN = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

export function weekdayNumber(word: string): number | null {
  return WEEKDAYS.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

/** TIMEX3 season codes. */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['autumn', 'FA'], ['fall', 'FA'], ['winter', 'WI'],
]);

export const SEASON_PATTERN = '(?:spring|summer|autumn|fall|winter)';

/** Parts of the day as TIMEX3 time suffixes. */
export const DAY_PARTS: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'],
]);

const UNITS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40],
  ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100],
  ['a hundred', 100], ['a dozen', 12], ['dozen', 12], ['a couple of', 2], ['a couple', 2],
]);

/** Vague amounts: TIMEX3 writes the number as `X` ("several years" = `PXY`). */
const VAGUE = new Set(['several', 'a few', 'few', 'many', 'some', 'a number of', 'numerous']);

/** Regex source for a count: digits, number words ("twenty-five"), or a vague amount. */
export const NUMBER_PATTERN =
  '(?:\\d+ 1/2|\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a couple(?: of)?|a dozen|a hundred|a few|a number of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|dozen|hundred|several|few|many|numerous)';

/** The count a number phrase names: a number, 'X' for vague amounts, or null. */
export function parseCount(phrase: string): number | 'X' | null {
  const lower = phrase.toLowerCase().trim();
  if (/^\d+(\.\d+)?$/.test(lower)) return Number(lower);
  const half = /^(\d+) 1\/2$/.exec(lower);
  if (half) return Number(half[1]) + 0.5;
  if (VAGUE.has(lower)) return 'X';
  const direct = UNITS.get(lower);
  if (direct !== undefined) return direct;
  const compound = /^(\w+)[- ](\w+)$/.exec(lower);
  if (compound) {
    const tens = UNITS.get(compound[1] ?? '');
    const ones = UNITS.get(compound[2] ?? '');
    if (tens !== undefined && ones !== undefined && tens >= 20 && ones < 10) return tens + ones;
  }
  return null;
}

/** Ordinal words and their numbers ("third" → 3). */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6],
  ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12],
  ['1st', 1], ['2nd', 2], ['3rd', 3], ['4th', 4],
]);
