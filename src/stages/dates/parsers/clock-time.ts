import { formatDay } from '../calendar.js';
import { fromMatch, unresolved, type Parser } from '../context.js';

/**
 * Clock times: "3 p.m.", "10:30 a.m. EST", "15:45 GMT", "noon", "midday", "midnight". Without a day
 * they take the publication day; the merge refiner attaches them to a nearby date.
 */
export const clockTimeParser: Parser = {
  name: 'clock-time',
  pattern: /\b(?:(?<h>\d{1,2})(?::(?<m>[0-5]\d))?\s*(?<ampm>[ap]\.m\.|[ap]m\b)|(?<h24>[01]?\d|2[0-3]):(?<m24>[0-5]\d)(?=\s*(?:GMT|UTC|BST|CET|local time|hours|h)\b)|(?<word>noon|midday|midnight))(?:\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|local time)\b)?/gi,
  extract(match, context) {
    const g = match.groups ?? {};
    // "High Noon" is a film, "high noon" a figure of speech.
    if (g.word && /\bhigh\s+$/i.test(context.text.slice(Math.max(0, context.sentence.start + match.index - 5), context.sentence.start + match.index))) return null;
    let hour: number;
    let minute = 0;
    // TIMEX3 writes midnight as the end of its day, T24:00 ("expires at midnight Friday" is
    // the night between Friday and Saturday, and keeps Friday's date).
    if (g.word) hour = g.word.toLowerCase() === 'midnight' ? 24 : 12;
    else if (g.h24 !== undefined) [hour, minute] = [Number(g.h24), Number(g.m24)];
    else {
      hour = Number(g.h);
      minute = Number(g.m ?? 0);
      if (hour < 1 || hour > 12) return null;
      const pm = /^p/i.test(g.ampm ?? '');
      hour = (hour % 12) + (pm ? 12 : 0);
    }
    const time = `T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    if (!context.reference) return fromMatch(context, match, this.name, unresolved('TIME', `XXXX-XX-XX${time}`, 'minute'));
    return fromMatch(context, match, this.name, {
      type: 'TIME', value: formatDay(context.reference) + time, granularity: 'minute', anchor: 'publication', confidence: 0.6,
    });
  },
};
