import type { Span } from '../../core/model.js';
import { trimSpan } from '../../core/text.js';
import { ABBREVIATIONS, NAME_PREFIXES } from './abbreviations.js';

// A candidate boundary: terminal punctuation, then any closing quotes/brackets, then space.
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s)/g;

/**
 * Splits one block of text into sentence spans (offsets relative to `text`).
 * A line break always ends a sentence; "U.S.", "Mr.", "Jan." and initials do not.
 */
export function splitSentences(text: string, base = 0): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    splitLine(line, lineStart, spans);
    lineStart += line.length + 1;
  }
  return spans
    .map((span) => trimSpan(text, span))
    .filter((span) => span.end > span.start)
    .map((span) => ({ start: span.start + base, end: span.end + base }));
}

function splitLine(line: string, offset: number, out: Span[]): void {
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(line); match; match = BOUNDARY.exec(line)) {
    const end = match.index + match[0].length;
    if (isBoundary(line, match.index, end)) {
      out.push({ start: offset + start, end: offset + end });
      start = end;
    }
  }
  if (start < line.length) out.push({ start: offset + start, end: offset + line.length });
}

function isBoundary(line: string, punctAt: number, end: number): boolean {
  if (line[punctAt] !== '.') return startsLikeSentence(line, end);
  const word = wordBefore(line, punctAt);
  const lower = word.toLowerCase();
  if (NAME_PREFIXES.has(lower)) return false;
  // Initials and initialisms: "J.", "U.S.", "a.m." — a boundary only when a new sentence clearly starts.
  const initialism = /^([A-Za-z]\.)*[A-Za-z]$/.test(word);
  if (initialism || ABBREVIATIONS.has(lower)) return startsStrongly(line, end) && word.length > 1 && !/^[A-Z]$/.test(word);
  if (/^\d+$/.test(word) && /^\s*\d/.test(line.slice(end))) return false;
  return startsLikeSentence(line, end);
}

function wordBefore(line: string, at: number): string {
  let i = at;
  while (i > 0 && /[A-Za-z.]/.test(line[i - 1] ?? '')) i--;
  return line.slice(i, at).replace(/^\.+/, '');
}

/** The next word starts a sentence: capital, digit, quote or bracket. */
function startsLikeSentence(line: string, end: number): boolean {
  const next = line.slice(end).trimStart();
  return next === '' || /^["'“‘(\[]?[\p{Lu}\p{N}]/u.test(next);
}

/**
 * After an abbreviation a capital alone is weak evidence ("U.S. President"); require a
 * function word that usually opens a sentence.
 */
function startsStrongly(line: string, end: number): boolean {
  const next = line.slice(end).trimStart();
  return next === '' || /^["“]?(The|A|An|He|She|It|They|We|I|In|On|But|And|This|That|There|His|Her|Their|Its|After|When|While|However)\b/.test(next);
}
