import { formatDay, isValidDay } from '../calendar.js';
import { fromMatch, type Parser } from '../context.js';

/** ISO dates ("2024-03-05", "2024-03-05T15:00"): unambiguous, so full confidence. */
export const isoDateParser: Parser = {
  name: 'iso-date',
  pattern: /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?\b/g,
  extract(match, context) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (!isValidDay(year, month, day)) return null;
    const date = formatDay({ year, month, day });
    const time = match[4] === undefined ? null : `${match[4]}:${match[5] ?? '00'}`;
    return fromMatch(context, match, this.name, {
      type: time ? 'TIME' : 'DATE',
      value: time ? `${date}T${time}` : date,
      granularity: time ? 'minute' : 'day',
      anchor: 'absolute',
      confidence: 1,
    });
  },
};

/**
 * Slash dates ("03/05/2024", "3/5/24"): month first as in US newswire, unless the first
 * number cannot be a month. Two-digit years pivot around the reference year.
 */
export const slashDateParser: Parser = {
  name: 'slash-date',
  pattern: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g,
  extract(match, context) {
    let [month, day] = [Number(match[1]), Number(match[2])];
    if (month > 12) [month, day] = [day, month];
    const raw = match[3] ?? '';
    const year = raw.length === 4 ? Number(raw) : expandYear(Number(raw), context.reference?.year ?? null);
    if (!isValidDay(year, month, day)) return null;
    return fromMatch(context, match, this.name, {
      type: 'DATE', value: formatDay({ year, month, day }), granularity: 'day', anchor: 'absolute', confidence: 0.8,
    });
  },
};

function expandYear(twoDigits: number, referenceYear: number | null): number {
  const pivot = referenceYear ?? 2000;
  const century = Math.floor(pivot / 100) * 100;
  // A year more than ten years in the future of the reference is read as last century.
  return century + twoDigits > pivot + 10 ? century - 100 + twoDigits : century + twoDigits;
}
