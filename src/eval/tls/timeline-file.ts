import { readFileSync } from 'node:fs';
import { pyStrip } from './python-text.js';
import type { Timeline } from './timeline.js';

export const TIMELINE_SEPARATOR = '-'.repeat(32);

// Python `strptime(line, '%Y-%m-%d')` accepts one-digit months and days (and " 5" for %d).
const DATE_LINE = /^(\d{4})-(1[0-2]|0[1-9]|[1-9])-(3[01]|[12]\d|0[1-9]|[1-9]| [1-9])$/;

/**
 * Parses the standard timeline format exactly as tilse's `Timeline.from_file`: a date line,
 * summary lines, a line of 32 dashes. Lines are stripped; a date line sets the date of the
 * summary being collected; at the separator the collected text (stripped, split on newlines)
 * becomes that date's sentences, and a later block of the same date replaces an earlier one.
 */
export function parseTimeline(text: string): Timeline {
  const timeline = new Map<string, string[]>();
  let date: string | null = null;
  let summary = '';
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = pyStrip(rawLine);
    if (line === TIMELINE_SEPARATOR) {
      if (date !== null) timeline.set(date, pyStrip(summary).split('\n').map(pyStrip));
      date = null;
      summary = '';
      continue;
    }
    const day = parseDay(line);
    if (day) date = day;
    else summary += `${line}\n`;
  }
  return timeline;
}

/** Reads a timeline file (UTF-8, invalid bytes replaced, as the reference reader does). */
export function readTimelineFile(path: string): Timeline {
  return parseTimeline(new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(path)));
}

/** Writes the standard format, dates in ascending order. */
export function formatTimeline(timeline: Timeline): string {
  const blocks = [...timeline.keys()].sort().map((date) => {
    const sentences = (timeline.get(date) ?? []).map((s) => s.replace(/\s+/g, ' ').trim());
    return [date, ...sentences, TIMELINE_SEPARATOR].join('\n');
  });
  return blocks.length ? `${blocks.join('\n')}\n` : '';
}

function parseDay(line: string): string | null {
  const m = DATE_LINE.exec(line);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(pyStrip(m[3] ?? ''))];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
