import type { Article, Mention, Quote, Sentence, Span } from '../../core/model.js';
import { overlaps, trimSpan } from '../../core/text.js';
import { VERBS_WITH_LISTENER } from './cue-words.js';
import { CUE_TAIL, findCues, type Cue } from './find-cues.js';
import { phraseAfter, phraseBefore, readSpeaker, type Speaker } from './speaker-phrase.js';

/** Reported clauses shorter than this are objects ("denied it"), not reported speech. */
const MIN_CONTENT_WORDS = 3;

const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Drops the sentence's final period (kept when it sits inside a closing quotation mark). */
function contentSpan(text: string, start: number, end: number): Span {
  let span = trimSpan(text, { start, end });
  const last = text[span.end - 1] ?? '';
  if (/[.!?;,]/.test(last)) span = { start: span.start, end: span.end - 1 };
  return trimSpan(text, span);
}

/** Skips the listener after "told"/"warned" ("told reporters on Monday that …"). */
function skipListener(text: string, from: number, end: number): number {
  const rest = text.slice(from, end);
  const that = /^(.{0,80}?)\s(?=that\s)/.exec(rest);
  if (that && !/[,;:“”"]/.test(that[1] ?? '')) return from + (that[0]?.length ?? 0);
  const listener =
    /^\s+(?:the|a|an|his|her|their|its|our|my)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+)*[\p{L}-]+\s+/u.exec(rest) ??
    /^\s+(?:[\p{Lu}][\p{L}.'’-]*\s+)+/u.exec(rest) ??
    /^\s+(?:him|her|them|me|us|you|[\p{Ll}]+s)\s+/u.exec(rest);
  return from + (listener?.[0].length ?? 0);
}

interface Reading { readonly speaker: Speaker; readonly content: Span }

/** "Hale said (that) the plan was dead." */
function speakerFirst(article: Article, sentence: Sentence, cue: Cue, mentions: readonly Mention[]): Reading | null {
  const { text } = article;
  const phrase = phraseBefore(text, sentence.start, cue.start);
  const speaker = phrase ? readSpeaker(text, phrase, mentions, sentence) : null;
  if (!speaker) return null;
  let from = cue.end + (CUE_TAIL.exec(text.slice(cue.end, sentence.end))?.[0].length ?? 0);
  if (VERBS_WITH_LISTENER.has(cue.word)) from = skipListener(text, from, sentence.end);
  const rest = text.slice(from, sentence.end);
  if (/^\s*[:“"]/.test(rest) || /^\s*,/.test(rest)) return null;
  return { speaker, content: contentSpan(text, from, sentence.end) };
}

/** "The plan is dead, Hale said." / "The plan is dead, said Hale." */
function speakerLast(article: Article, sentence: Sentence, cue: Cue, mentions: readonly Mention[]): Reading | null {
  const { text } = article;
  const after = text.slice(cue.end, sentence.end);
  const tail = CUE_TAIL.exec(after)?.[0].length ?? 0;
  const before = text.slice(sentence.start, cue.start);
  const comma = before.lastIndexOf(',');
  if (comma < 0) return null;
  const inverted = /^\s+\S/.test(after.slice(tail)) && before.slice(comma + 1).trim() === '';
  const phrase = inverted ? phraseAfter(text, cue.end + tail, sentence.end) : phraseBefore(text, sentence.start + comma + 1, cue.start);
  if (!phrase) return null;
  const restAfter = text.slice(inverted ? phrase.end : cue.end + tail, sentence.end);
  if (!/^[\s.!?”"]*$/.test(restAfter)) return null;
  const speaker = readSpeaker(text, phrase, mentions, sentence);
  return speaker ? { speaker, content: contentSpan(text, sentence.start, sentence.start + comma) } : null;
}

/** "According to Hale, the plan is dead." / "The plan is dead, according to Hale." */
function accordingTo(article: Article, sentence: Sentence, cue: Cue, mentions: readonly Mention[]): Reading | null {
  const { text } = article;
  const phrase = phraseAfter(text, cue.end, sentence.end);
  const speaker = phrase ? readSpeaker(text, phrase, mentions, sentence) : null;
  if (!speaker || !phrase) return null;
  const leading = text.slice(sentence.start, cue.start).trim() === '';
  if (leading) {
    const comma = text.indexOf(',', phrase.end);
    return comma >= 0 && comma < sentence.end ? { speaker, content: contentSpan(text, comma + 1, sentence.end) } : null;
  }
  return { speaker, content: contentSpan(text, sentence.start, cue.start) };
}

/**
 * Reported speech: "X said (that) …", "…, X said", "according to X, …", "X told reporters …".
 * The content is the reported clause; cues inside direct quotes are skipped.
 */
export function indirectQuotes(article: Article, sentences: readonly Sentence[], mentions: readonly Mention[], taken: readonly Span[]): Quote[] {
  const quotes: Quote[] = [];
  for (const sentence of sentences) {
    if (article.blocks[sentence.block]?.kind === 'boilerplate') continue;
    for (const cue of findCues(article.text, sentence)) {
      if (taken.some((span) => overlaps(span, cue))) continue;
      const reading = cue.word === 'according to'
        ? accordingTo(article, sentence, cue, mentions)
        : speakerLast(article, sentence, cue, mentions) ?? speakerFirst(article, sentence, cue, mentions);
      if (!reading || wordCount(article.text.slice(reading.content.start, reading.content.end)) < MIN_CONTENT_WORDS) continue;
      const contentText = article.text.slice(reading.content.start, reading.content.end);
      quotes.push({
        content: reading.content,
        cue: { start: cue.start, end: cue.end },
        speaker: reading.speaker.span,
        speakerName: reading.speaker.name,
        speakerKey: reading.speaker.key,
        kind: /[“”"]/.test(contentText) ? 'mixed' : 'indirect',
        anonymous: reading.speaker.anonymous,
      });
      break;
    }
  }
  return quotes;
}
