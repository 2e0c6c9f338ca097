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

function build(y: number, mo: number, d: number, time: RegExpExecArray | null, zone: string): ParsedDate | null {
  if (!validDay(y, mo, d)) return null;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  if (time === null) return { value: day, precision: 'day' };
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const second = time[3] === undefined ? null : Number(time[3]);
  const meridiem = time[4]?.toLowerCase();
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || (second !== null && second > 59)) return { value: day, precision: 'day' };
  const clock = `${pad(hour)}:${pad(minute)}${second === null ? '' : `:${pad(second)}`}`;
  return { value: `${day}T${clock}${zone}`, precision: second === null ? 'minute' : 'second' };
}

const TIME = /(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(am|pm|a\.m\.|p\.m\.)?/i;

/**
 * Parses the date formats news pages and feeds use: ISO-8601 (`2024-03-05`,
 * `2024-03-05T14:00:00+01:00`), RFC-822 (`Tue, 05 Mar 2024 14:00:00 GMT`), `March 5, 2024`,
 * `5 March 2024`, `2024/03/05`. Returns null when nothing date-like is found.
 */
export function parseLooseDate(input: string): ParsedDate | null {
  const text = input.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(text);
  if (iso !== null) {
    const time = iso[4] === undefined ? null : (Object.assign([iso[0], iso[4], iso[5], iso[6]], { index: 0, input: text }) as unknown as RegExpExecArray);
    return build(Number(iso[1]), Number(iso[2]), Number(iso[3]), time, zoneOf(iso[7]));
  }
  const slash = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(text);
  if (slash !== null) return build(Number(slash[1]), Number(slash[2]), Number(slash[3]), TIME.exec(text.slice(slash.index + slash[0].length)), '');
  const month = '(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?';
  const dmy = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${month},?\\s+(\\d{4})`, 'i').exec(text);
  const mdy = new RegExp(`\\b${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i').exec(text);
  const hit = dmy ?? mdy;
  if (hit === null) return null;
  const day = Number(dmy !== null ? dmy[1] : hit[2]);
  const monthNum = MONTHS[(dmy !== null ? dmy[2] : hit[1])?.toLowerCase().slice(0, 3) ?? ''] ?? 0;
  const year = Number(hit[3]);
  const rest = text.slice(hit.index + hit[0].length);
  const time = TIME.exec(rest);
  const zone = time === null ? '' : zoneOf(/^\s*([A-Za-z]{1,4}|[+-]\d{2}:?\d{2})\b/.exec(rest.slice(time.index + time[0].length))?.[1]);
  return build(year, monthNum, day, time, zone);
}

/** A date in a URL path such as `/2024/03/05/` or `/2024-03-05-`; day precision. */
export function dateFromUrl(url: string): ParsedDate | null {
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/.exec(url);
  if (m === null) return null;
  return build(Number(m[1]), Number(m[2]), Number(m[3]), null, '');
}
