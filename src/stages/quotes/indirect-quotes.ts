import type { Article, Mention, Quote, Sentence, Span } from '../../core/model.js';
import { overlaps } from '../../core/text.js';
import { clauseSpan, reportedClauseStart } from './reported-clause.js';
import { CUE_TAIL, findCues, type Cue } from './find-cues.js';
import { sentenceSubject, speakerBefore } from './speaker-before.js';
import { phraseAfter, phraseBefore, readSpeaker, type Speaker } from './speaker-phrase.js';

/** Reported clauses shorter than this are objects ("denied it"), not reported speech. */
const MIN_CONTENT_WORDS = 3;

const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Participles that hang a reported clause on the sentence's subject: "…, saying …". */
const PARTICIPLES = new Set(['saying', 'adding', 'noting', 'arguing', 'warning', 'insisting', 'claiming', 'explaining', 'telling', 'writing', 'stating']);

interface Reading { readonly speaker: Speaker; readonly content: Span }

/** "Hale said (that) the plan was dead." / "Hale, a farmer, says …" / "…, saying …" */
function speakerFirst(article: Article, sentence: Sentence, cue: Cue, mentions: readonly Mention[]): Reading | null {
  const { text } = article;
  const participle = PARTICIPLES.has(cue.word) && /,\s*$/.test(text.slice(sentence.start, cue.start));
  const speaker = participle ? sentenceSubject(text, sentence, cue, mentions) : speakerBefore(text, sentence, sentence.start, cue, mentions);
  if (!speaker) return null;
  const from = reportedClauseStart(text, cue, sentence.end);
  return from === null ? null : { speaker, content: clauseSpan(text, from, sentence.end) };
}

/**
 * What may follow "…, Hale said" before the sentence ends: a listener ("told POLITICO",
 * "told reporters") and one short place or time phrase ("in Almaty", "on Friday").
 */
const QUIET_TAIL = /^(?:\s+(?:[\p{Lu}][\p{L}.’'-]*|reporters|journalists|me|him|her|them|us))*(?:\s+(?:in|of|at|on|from|earlier|this|last|during)\b[^,.;:“”"]{0,40})?[\s.!?”"]*$/u;

/** "The plan is dead, Hale said." / "The plan is dead, said Hale." */
function speakerLast(article: Article, sentence: Sentence, cue: Cue, mentions: readonly Mention[]): Reading | null {
  const { text } = article;
  const after = text.slice(cue.end, sentence.end);
  const tail = CUE_TAIL.exec(after)?.[0].length ?? 0;
  const before = text.slice(sentence.start, cue.start);
  const comma = before.lastIndexOf(',');
  if (comma < 0) return null;
  const inverted = /^\s+\S/.test(after.slice(tail)) && before.slice(comma + 1).trim() === '';
  const phrase = inverted ? phraseAfter(text, cue.end + tail, sentence.end) : phraseBefore(text, sentence.start + comma + 1, cue.start, mentions);
  if (!phrase) return null;
  const restAfter = text.slice(inverted ? phrase.end : cue.end + tail, sentence.end);
  if (!QUIET_TAIL.test(restAfter)) return null;
  const speaker = readSpeaker(text, phrase, mentions, sentence);
  return speaker ? { speaker, content: clauseSpan(text, sentence.start, sentence.start + comma) } : null;
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
    return comma >= 0 && comma < sentence.end ? { speaker, content: clauseSpan(text, comma + 1, sentence.end) } : null;
  }
  return { speaker, content: clauseSpan(text, sentence.start, cue.start) };
}

/**
 * Reported speech: "X said (that) …", "…, X said", "according to X, …", "X told reporters …".
 * The content is the reported clause; cues inside direct quotes are skipped.
 */
export function indirectQuotes(article: Article, sentences: readonly Sentence[], mentions: readonly Mention[], taken: readonly Span[]): Quote[] {
  const quotes: Quote[] = [];
  for (const sentence of sentences) {
    if (article.blocks[sentence.block]?.kind === 'boilerplate') continue;
    const used: Span[] = [...taken];
    for (const cue of findCues(article.text, sentence)) {
      if (used.some((span) => overlaps(span, cue))) continue;
      const reading = cue.word === 'according to'
        ? accordingTo(article, sentence, cue, mentions)
        : speakerLast(article, sentence, cue, mentions) ?? speakerFirst(article, sentence, cue, mentions);
      if (!reading || wordCount(article.text.slice(reading.content.start, reading.content.end)) < MIN_CONTENT_WORDS) continue;
      // A clause that runs over a direct quote already read is that quote's attribution.
      if (used.some((span) => overlaps(span, reading.content))) continue;
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
      // Cues inside this content are nested reports; later cues may start a second report
      // ("One says …, while another says …").
      used.push(reading.speaker.span);
    }
  }
  return quotes;
}
