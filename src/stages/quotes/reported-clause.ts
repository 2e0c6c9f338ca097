import type { Span } from '../../core/model.js';
import { trimSpan } from '../../core/text.js';
import { VERBS_WITH_LISTENER } from './cue-words.js';
import { CUE_TAIL, type Cue } from './find-cues.js';
import { coordinatedVerbAt } from './object-clause.js';
import { maskAbbreviations } from './speaker-phrase.js';

/**
 * Words that cannot start a reported clause: a preposition or subordinator after a verb of
 * saying starts an adjunct ("said as he left", "added to the confusion").
 */
const ADJUNCT_START = /^(?:as|when|while|after|before|during|on|in|at|with|without|because|since|until|from|about|of|for|by|into|over|up|out|off|so|and|but|or|last|this|earlier|later)\b/i;

/** How an adverbial between a verb and its "that" may start ("said on Friday that …"). */
const ADVERBIAL_START = /^(?:on|in|at|during|to|after|before|earlier|later|last|this|again|also|repeatedly|privately|publicly|recently|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b/i;

/**
 * Trailing additions the writer hangs on a reported clause: ", which …", ", but …",
 * ", reflecting …", " — a modest boost …" (PolNeAR content ends before them too).
 */
const TRAILER = /,\s+(?:which|who|whom|according to|while|even as|but|a move|a claim|a result)\b|,\s+\p{Ll}+ing\b|\s[—–]\s|;\s/u;

/** Drops the sentence's final punctuation (kept when it sits inside a closing quotation mark). */
export function clauseSpan(text: string, start: number, end: number): Span {
  let span = trimSpan(text, { start, end });
  const body = text.slice(span.start, span.end);
  const trailer = TRAILER.exec(body);
  if (trailer) span = { start: span.start, end: span.start + trailer.index };
  // A second verb of the speaker's ("… and added that …") is its own attribution.
  const coordinated = coordinatedVerbAt(maskAbbreviations(body));
  if (coordinated < span.end - span.start) span = { start: span.start, end: span.start + coordinated };
  if (/[.!?;,:]/.test(text[span.end - 1] ?? '')) span = { start: span.start, end: span.end - 1 };
  return trimSpan(text, span);
}

/** Skips the listener after "told"/"warned" ("told reporters …", "told the council …"). */
function skipListener(text: string, from: number): number {
  const rest = text.slice(from);
  const listener =
    /^\s+(?:the|a|an|his|her|their|its|our|my)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+)*[\p{L}-]+\s+/u.exec(rest) ??
    /^\s+(?:[\p{Lu}][\p{L}.'’-]*\s+)+/u.exec(rest) ??
    /^\s+(?:him|her|them|me|us|you|[\p{Ll}]+s)\s+/u.exec(rest);
  return from + (listener?.[0].length ?? 0);
}

/**
 * Where the reported clause after a cue starts, or null when what follows is not one. A
 * "that" within eight words wins ("said on national television that …"); otherwise time
 * and channel phrases and, after "told", the listener are skipped.
 */
export function reportedClauseStart(text: string, cue: Cue, sentenceEnd: number): number | null {
  const rest = text.slice(cue.end, sentenceEnd);
  const near = /^((?:\s+[^\s,;:“”"]+){0,8}?)\s+(?=that\s)/.exec(rest);
  // Only adverbials may sit between the verb and "that" ("said on Friday that"); an object
  // ("showed no sign that") means the clause is not what was said.
  // After "told" the words before "that" are the listener ("told a crowd in Miami that").
  const adverbial = near && (near[1]?.trim() === '' || ADVERBIAL_START.test(near[1]?.trim() ?? '') || VERBS_WITH_LISTENER.has(cue.word));
  // A parenthetical between commas or dashes may sit there too ("said, however, that …").
  const that = (adverbial ? near : null) ?? /^\s*—[^—]{1,80}—\s*(?=that\s)/.exec(rest) ?? /^,\s[^,;:“”"—]{1,40},\s*(?=that\s)/.exec(rest);
  let from = that ? cue.end + that[0].length : cue.end + (CUE_TAIL.exec(rest)?.[0].length ?? 0);
  if (!that && VERBS_WITH_LISTENER.has(cue.word)) from = skipListener(text, from);
  const clause = text.slice(from, sentenceEnd).trimStart();
  if (clause === '' || /^[:“"',]/.test(clause)) return null;
  if (ADJUNCT_START.test(clause)) return null;
  if (/^to\b/i.test(clause) && !VERBS_WITH_LISTENER.has(cue.word) && !/^(?:urge|ask|call)/.test(cue.word)) return null;
  return from;
}
