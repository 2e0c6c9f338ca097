/**
 * Normalises a feed date to ISO-8601 keeping the publisher's own UTC offset, because the
 * local calendar day is what "on Monday" in the article is relative to: RFC 822
 * "Tue, 05 Mar 2024 00:30:00 +0100" becomes "2024-03-05T00:30:00+01:00", not the UTC
 * instant on 4 March. Values that are already ISO, or that cannot be read, are returned trimmed.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 822 zone names still seen in feeds. */
const ZONES: Readonly<Record<string, string>> = {
  UT: 'Z', UTC: 'Z', GMT: 'Z', Z: 'Z',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00',
  MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};

const RFC822 =
  /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,5})?)?\s*$/i;

function pad(value: string | number, width = 2): string {
  return String(value).padStart(width, '0');
}

function zoneOffset(zone: string | undefined): string {
  if (!zone) return '';
  if (/^[+-]\d{4}$/.test(zone)) return zone === '+0000' || zone === '-0000' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return ZONES[zone.toUpperCase()] ?? '';
}

export function normaliseFeedDate(raw: string): string {
  const value = raw.trim();
  const match = RFC822.exec(value);
  if (!match) return value;
  const [, day, monthName, yearText, hour, minute, second, zone] = match;
  const month = MONTHS.indexOf((monthName ?? '').slice(0, 3).toLowerCase());
  if (month < 0 || !day || !yearText) return value;
  // Two-digit years are RFC 822's; RFC 1123 made them four. 70–99 are the 1900s.
  const year = yearText.length === 2 ? Number(yearText) + (Number(yearText) >= 70 ? 1900 : 2000) : Number(yearText);
  const date = `${pad(year, 4)}-${pad(month + 1)}-${pad(day)}`;
  if (!hour || !minute) return date;
  return `${date}T${pad(hour)}:${minute}:${second ?? '00'}${zoneOffset(zone)}`;
}
