import type { Article, PublicationTime } from '../../core/model.js';
import { findCandidates } from './find-time-expressions.js';
import type { Candidate } from './context.js';

// How far into the text a dateline or "Published:" line may sit: the header of a page that
// kept its byline block; deeper dates are about the story, not the article.
const HEADER_CHARS = 400;
const HEADER_LINES = 4;

interface LineRule {
  readonly test: RegExp;
  readonly provenance: PublicationTime['provenance'];
  readonly confidence: number;
}

// In order of trust: an explicit "Published" label, a wire dateline ("WASHINGTON, March 5,
// 2024 —"), an "Updated" label (later than publication, so weaker), a line that is only a date.
const RULES: readonly LineRule[] = [
  { test: /^\s*(?:first\s+)?(?:published|posted|date)\b/i, provenance: 'text', confidence: 0.85 },
  { test: /^\s*[A-Z][A-Z.'’ -]{1,40}(?:\s*\([^)]*\))?\s*,\s+/, provenance: 'dateline', confidence: 0.85 },
  { test: /^\s*(?:last\s+)?updated\b/i, provenance: 'text', confidence: 0.7 },
  { test: /^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?\S[^a-z]{0,3}[\w .,:/-]{0,40}$/, provenance: 'text', confidence: 0.6 },
];

/**
 * Publication time for an article that may have none: keeps `article.published` if set;
 * else a dateline, "Published: …" or "Updated …" line near the top of the text; else null.
 * Only absolute, day-precise dates count: a dateline without a year gives nothing.
 */
export function resolvePublication(article: Article): PublicationTime | null {
  if (article.published) return article.published;
  const lines = headerLines(article.text);
  for (const rule of RULES) {
    for (const line of lines) {
      if (!rule.test.test(line.text)) continue;
      const date = firstAbsoluteDay(article.text, line);
      if (date) return { value: date.value.slice(0, 10), precision: 'day', provenance: rule.provenance, confidence: rule.confidence };
    }
  }
  return null;
}

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function headerLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < Math.min(text.length, HEADER_CHARS) && lines.length < HEADER_LINES) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (end > start && text.slice(start, end).trim() !== '') lines.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return lines;
}

function firstAbsoluteDay(text: string, line: Line): Candidate | null {
  const candidates = findCandidates(text, [{ start: line.start, end: line.end }], null);
  return candidates.find((c) => c.anchor === 'absolute' && c.type !== 'DURATION' && /^\d{4}-\d{2}-\d{2}/.test(c.value)) ?? null;
}
