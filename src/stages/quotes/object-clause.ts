import type { Span } from '../../core/model.js';
import { trimSpan } from '../../core/text.js';
import { ATTITUDE_VERBS } from './attitude-verbs.js';
import { SPEECH_VERBS } from './cue-words.js';
import { maskAbbreviations } from './speaker-phrase.js';

/**
 * Where the object of an attitude verb ends: a clause boundary the writer adds after it
 * (", which …", ", while …", ", he …", "; …", " — …"), a time adjunct, or a second verb
 * coordinated with the first ("criticized the plan and praised …"), which is its own
 * attribution. The boundaries were read off PolNeAR train content spans.
 */
const OBJECT_END = new RegExp([
  /[;:]|\s[—–―]\s/.source,
  /,\s+(?:and|but|while|which|who|whom|where|when|although|though|because|even|as|after|before|if|since|unless|whereas|so|according|he|she|they|it|I|we)\b/.source,
  /,\s+\p{Ll}+ing\b/u.source,
  // Time adjuncts close an object too ("endorsed Hale last week", "praised Hale on Monday").
  /\s(?:last|this|next)\s+(?:week|weekend|month|year|night|morning|evening|spring|summer|fall|winter)\b/.source,
  /\s(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.source,
  // A quotation followed by an adjunct: "shouted “You lie!” at the president".
  /(?<=[”"])\s+(?=(?:at|as|on|in|during|after|before|while|when|to)\s)/.source,
].join('|'), 'u');

/** Words that begin an adjunct, not an object: "declined on Friday", "hoped for". */
const NOT_OBJECT_START = /^(?:as|when|while|after|before|during|in|on|at|with|without|because|since|until|from|by|for|of|and|but|or|so|last|this|earlier|later|yesterday|today|out|up|off)\b/i;

/** The verb of a coordinated second predicate: "… and praised", "… and said". */
export function coordinatedVerbAt(rest: string): number {
  for (const match of rest.matchAll(/\s(?:and|but)\s+(?:then\s+|also\s+)?([\p{Ll}]+)\b/gu)) {
    const word = match[1] ?? '';
    if (SPEECH_VERBS.has(word) || ATTITUDE_VERBS.has(word)) return match.index ?? rest.length;
  }
  return rest.length;
}

/**
 * "supporting the delay, sources say it …": a later verb of saying starts a report of its
 * own, so the object ends at the last comma before it.
 */
function clauseBeforeNextReport(rest: string): number {
  for (const match of rest.matchAll(/\p{Ll}+/gu)) {
    if (!SPEECH_VERBS.has(match[0])) continue;
    const comma = rest.lastIndexOf(',', match.index);
    return comma >= 0 ? comma : rest.length;
  }
  return rest.length;
}

/**
 * The content of an attitude cue: its object or complement, from right after the cue to
 * the end of the clause ("Hale called the bill a farce", "Hale wants voters to know that
 * …", "Hale accused the council of lying"). Null when nothing object-like follows.
 */
export function objectClause(text: string, cueEnd: number, sentenceEnd: number): Span | null {
  const rest = text.slice(cueEnd, sentenceEnd);
  const body = rest.trimStart();
  if (body === '' || NOT_OBJECT_START.test(body) || /^[,.!?)]/.test(body)) return null;
  const masked = maskAbbreviations(rest);
  const boundary = OBJECT_END.exec(masked);
  const end = Math.min(boundary ? boundary.index : rest.length, coordinatedVerbAt(masked), clauseBeforeNextReport(masked));
  let span = trimSpan(text, { start: cueEnd, end: cueEnd + end });
  // The sentence's own final stop is not content, a stop inside a closing quote mark is.
  while (span.end > span.start && /[.!?,]/.test(text[span.end - 1] ?? '')) span = trimSpan(text, { start: span.start, end: span.end - 1 });
  return span.end > span.start ? span : null;
}
