import type { Granularity } from '../../core/model.js';

/** A date read from text: ISO value at a precision (time zone offset kept as written). */
export interface ParsedDate {
  readonly value: string;
  readonly precision: Granularity;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
/** RFC-822 zone names found in feeds. */
const ZONES: Readonly<Record<string, string>> = {
  gmt: 'Z', ut: 'Z', utc: 'Z', z: 'Z', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00',
  mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00', bst: '+01:00', cet: '+01:00', cest: '+02:00',
};

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function zoneOf(raw: string | undefined): string {
  if (raw === undefined || raw === '') return '';
  const named = ZONES[raw.toLowerCase()];
  if (named !== undefined) return named;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(raw);
  if (m === null) return '';
  const zone = `${m[1]}${m[2]}:${m[3] ?? '00'}`;
  return zone === '+00:00' || zone === '-00:00' ? 'Z' : zone;
}

interface ClockParts {
  readonly hour: number;
  readonly minute: number;
  readonly second: number | null;
  readonly meridiem: string | undefined;
}

function build(y: number, mo: number, d: number, clock: ClockParts | null, zone: string): ParsedDate | null {
  if (!validDay(y, mo, d)) return null;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  if (clock === null) return { value: day, precision: 'day' };
  let hour = clock.hour;
  const meridiem = clock.meridiem?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  const { minute, second } = clock;
  if (hour > 23 || minute > 59 || (second !== null && second > 59)) return { value: day, precision: 'day' };
  const time = `${pad(hour)}:${pad(minute)}${second === null ? '' : `:${pad(second)}`}`;
  return { value: `${day}T${time}${zone}`, precision: second === null ? 'minute' : 'second' };
}

const TIME = /(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(am|pm|a\.m\.|p\.m\.)?/i;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?';
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i');

function clockIn(text: string): { clock: ClockParts; rest: string } | null {
  const m = TIME.exec(text);
  if (m === null) return null;
  const clock = { hour: Number(m[1]), minute: Number(m[2]), second: m[3] === undefined ? null : Number(m[3]), meridiem: m[4] };
  return { clock, rest: text.slice(m.index + m[0].length) };
}

/** A zone name or offset right after the time ("14:00 GMT", "3:15 pm -0500"). */
function zoneAfter(rest: string): string {
  return zoneOf(/^\s*([A-Za-z]{1,4}|[+-]\d{2}:?\d{2})\b/.exec(rest)?.[1]);
}

/**
 * Parses the date formats news pages and feeds use: ISO-8601 (`2024-03-05`,
 * `2024-03-05T14:00:00+01:00`), RFC-822 (`Tue, 05 Mar 2024 14:00:00 GMT`), `March 5, 2024`,
 * `5 March 2024`, `2024/03/05`. The offset is kept as written so the local day survives.
 * Returns null when nothing date-like is found.
 */
export function parseLooseDate(input: string): ParsedDate | null {
  const text = input.trim();
  const iso = ISO.exec(text);
  if (iso !== null) {
    const clock = iso[4] === undefined ? null : { hour: Number(iso[4]), minute: Number(iso[5]), second: iso[6] === undefined ? null : Number(iso[6]), meridiem: undefined };
    return build(Number(iso[1]), Number(iso[2]), Number(iso[3]), clock, zoneOf(iso[7]));
  }
  const slash = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(text);
  if (slash !== null) {
    const time = clockIn(text.slice(slash.index + slash[0].length));
    return build(Number(slash[1]), Number(slash[2]), Number(slash[3]), time?.clock ?? null, time === null ? '' : zoneAfter(time.rest));
  }
  const dmy = DAY_MONTH_YEAR.exec(text);
  const mdy = dmy === null ? MONTH_DAY_YEAR.exec(text) : null;
  const hit = dmy ?? mdy;
  if (hit === null) return null;
  const [dayText, monthText] = dmy !== null ? [dmy[1], dmy[2]] : [hit[2], hit[1]];
  const month = MONTHS[monthText?.toLowerCase().slice(0, 3) ?? ''] ?? 0;
  const time = clockIn(text.slice(hit.index + hit[0].length));
  return build(Number(hit[3]), month, Number(dayText), time?.clock ?? null, time === null ? '' : zoneAfter(time.rest));
}

/** A date in a URL path such as `/2024/03/05/` or `/2024-03-05-`; day precision. */
export function dateFromUrl(url: string): ParsedDate | null {
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/.exec(url);
  if (m === null) return null;
  return build(Number(m[1]), Number(m[2]), Number(m[3]), null, '');
}
