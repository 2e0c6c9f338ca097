import type { Mention, Sentence, Span } from '../../core/model.js';
import { trimSpan } from '../../core/text.js';
import type { Cue } from './find-cues.js';
import { clauseSpan } from './reported-clause.js';
import { maskAbbreviations, readSpeaker, type Speaker } from './speaker-phrase.js';

export interface Reading { readonly speaker: Speaker; readonly content: Span }

/**
 * Longest "according to" source accepted, in words. A poll or report is often described at
 * length ("early results of exit polls conducted for the networks by Edison Research",
 * 15 words); on PolNeAR train such sources rarely run past twenty words.
 */
const MAX_SOURCE_WORDS = 20;

/**
 * After "according to" any noun phrase is a source, so the phrase runs to the next comma or
 * clause punctuation, not to the first preposition as after "said Hale".
 */
function sourcePhrase(text: string, from: number, limit: number): Span | null {
  const window = maskAbbreviations(text.slice(from, limit));
  const stop = /[,;:.!?“”"()[\]—–]|\s-\s/.exec(window);
  const span = trimSpan(text, { start: from, end: from + (stop ? stop.index : window.length) });
  return span.end > span.start ? span : null;
}

/** A document, poll or law as the source ("state law", "the report"), keyed by a name inside. */
function documentSource(text: string, phrase: Span, mentions: readonly Mention[]): Speaker | null {
  const words = text.slice(phrase.start, phrase.end).split(/\s+/);
  if (words.length > MAX_SOURCE_WORDS || /^(?:whom|which|what|how|whether)$/i.test(words[0] ?? '')) return null;
  const named = mentions.find((m) => m.start >= phrase.start && m.end <= phrase.end && (m.type === 'person' || m.type === 'organisation'));
  return { span: phrase, name: text.slice(phrase.start, phrase.end), key: named?.key ?? null, anonymous: false };
}

/** "According to Hale, the plan is dead." / "The plan is dead, according to Hale." */
export function accordingTo(text: string, sentence: Sentence, cue: Cue, mentions: readonly Mention[]): Reading | null {
  const phrase = sourcePhrase(text, cue.end, sentence.end);
  const speaker = phrase ? readSpeaker(text, phrase, mentions, sentence) ?? documentSource(text, phrase, mentions) : null;
  if (!speaker || !phrase) return null;
  const leading = text.slice(sentence.start, cue.start).trim() === '';
  if (leading) {
    const comma = text.indexOf(',', phrase.end);
    return comma >= 0 && comma < sentence.end ? { speaker, content: clauseSpan(text, comma + 1, sentence.end) } : null;
  }
  return { speaker, content: clauseSpan(text, sentence.start, cue.start) };
}

/** "In a new Harlow Courier poll released Monday, …": a poll or report that opens the sentence. */
const IN_DOCUMENT = /^(\s*)(In)\s+((?:an?|the|this|that|its|their|his|her)\s+[^,;:“”"]{0,80}?\b(?:poll|polls|survey|surveys|report|study|analysis|memo|filing|filings)\b[^,;:“”"]{0,40}),\s+/;

/** The sentence-opening "In <poll>," as a cue: the poll is the source, the rest the content. */
export function inDocument(text: string, sentence: Sentence, mentions: readonly Mention[]): (Reading & { readonly cue: Span }) | null {
  const match = IN_DOCUMENT.exec(text.slice(sentence.start, sentence.end));
  if (!match) return null;
  const cueStart = sentence.start + (match[1]?.length ?? 0);
  const source = match[3] ?? '';
  const phraseStart = sentence.start + match[0].indexOf(source, (match[1]?.length ?? 0) + 2);
  const phrase = trimSpan(text, { start: phraseStart, end: phraseStart + source.length });
  const speaker = documentSource(text, phrase, mentions);
  const content = clauseSpan(text, sentence.start + match[0].length, sentence.end);
  return speaker && content.end > content.start ? { cue: { start: cueStart, end: cueStart + 2 }, speaker, content } : null;
}
