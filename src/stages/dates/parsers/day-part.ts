import { formatDay } from '../calendar.js';
import { fromMatch, unresolved, type Parser } from '../context.js';
import { DAY_PARTS } from '../vocabulary.js';

/**
 * Times of day without a clock reading: "mid-afternoon", "mid morning" (`T…AF`, `T…MO`, the
 * TIMEX3 parts of the day), and hours told with a part of the day: "4 in the morning"
 * (`T04:00`), "9 in the evening" (`T21:00`). Like clock times they take the publication day;
 * refiners/merge-adjacent.ts attaches them to a day next to them ("mid-afternoon
 * yesterday"). A bare "the morning" is left alone: "the night of Oct. 23" and "the night the
 * plane went down" are not the publication day.
 */
export const dayPartParser: Parser = {
  name: 'day-part',
  pattern: /\b(?:[Mm]id[- ]?(?<mid>morning|afternoon|evening)|(?<h>\d{1,2})(?::(?<m>[0-5]\d))?(?:\s+o['’]clock)?\s+in\s+the\s+(?<part>morning|afternoon|evening))\b/g,
  extract(match, context) {
    const g = match.groups ?? {};
    let suffix: string;
    if (g.mid) {
      suffix = `T${DAY_PARTS.get(g.mid.toLowerCase()) ?? ''}`;
    } else {
      const hour = Number(g.h);
      if (hour < 1 || hour > 12) return null;
      // "12 in the morning" is midnight's hour; afternoons and evenings are after noon.
      const hour24 = g.part === 'morning' ? hour % 12 : (hour % 12) + 12;
      suffix = `T${String(hour24).padStart(2, '0')}:${g.m ?? '00'}`;
    }
    if (!context.reference) return fromMatch(context, match, this.name, unresolved('TIME', `XXXX-XX-XX${suffix}`, 'hour'));
    return fromMatch(context, match, this.name, {
      type: 'TIME', value: formatDay(context.reference) + suffix, granularity: g.mid ? 'hour' : 'minute', anchor: 'publication', confidence: 0.6,
    });
  },
};
