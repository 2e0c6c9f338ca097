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
