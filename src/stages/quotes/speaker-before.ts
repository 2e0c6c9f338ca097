import type { Mention, Span } from '../../core/model.js';
import { trimSpan } from '../../core/text.js';
import type { Cue } from './find-cues.js';
import { isNamed, phraseBefore, readSpeaker, type Speaker } from './speaker-phrase.js';

/** True for a name-shaped phrase: every word capitalised ("Simmons", "Mr. Dean Hale"). */
const PROPER = /^(?:[\p{Lu}][\p{L}.’'-]*\s*)+$/u;

/**
 * A name followed by an apposition before the cue: "Dean Hale, a farmer, says …", "And on
 * Tuesday, Kevin Brady, chairman of the committee, said …". The speaker span takes the
 * apposition and its comma, as PolNeAR does.
 */
function appositiveSubject(text: string, sentence: Span, cue: Span, mentions: readonly Mention[]): Speaker | null {
  const before = text.slice(sentence.start, cue.start);
  if (!/,\s*$/.test(before)) return null;
  const commas = [...before.matchAll(/,/g)].map((m) => sentence.start + (m.index ?? 0));
  // The name is one of the two chunks before the apposition (three commas back at most).
  for (const index of [commas.length - 2, commas.length - 3]) {
    if (index < 0) continue;
    const chunkStart = index === 0 ? sentence.start : (commas[index - 1] ?? sentence.start) + 1;
    const chunk = trimSpan(text, { start: chunkStart, end: commas[index] ?? chunkStart });
    const speaker = readSpeaker(text, chunk, mentions, sentence);
    if (speaker && (speaker.key !== null || PROPER.test(text.slice(chunk.start, chunk.end)))) {
      return { ...speaker, span: trimSpan(text, { start: speaker.span.start, end: cue.start }) };
    }
  }
  return null;
}

/** The speaker of a participle cue: the sentence's subject, a name or pronoun at its start. */
export function sentenceSubject(text: string, sentence: Span, cue: Span, mentions: readonly Mention[]): Speaker | null {
  const first = mentions.find((m) => m.start >= sentence.start && m.end <= cue.start && isNamed(m));
  const lead = text.slice(sentence.start, first?.start ?? sentence.start);
  if (first && /^[\s“"]*(?:[\p{L}.’'-]+\s+){0,4}$/u.test(lead) && (first.type === 'person' || first.type === 'organisation')) {
    const span = { start: sentence.start + (lead.length - lead.trimStart().length), end: first.end };
    return readSpeaker(text, span, mentions, sentence) ?? { span: first, name: first.name, key: first.key, anonymous: false };
  }
  const pronoun = /^\s*(He|She|They)\b/.exec(text.slice(sentence.start, cue.start));
  if (!pronoun) return null;
  const at = sentence.start + (pronoun.index ?? 0) + pronoun[0].length - (pronoun[1]?.length ?? 0);
  return readSpeaker(text, { start: at, end: at + (pronoun[1]?.length ?? 0) }, mentions, sentence);
}

/**
 * The speaker of a cue from the words before it: the phrase back to the clause boundary
 * ("the minister said"); else, when that phrase is a coordinated verb ("praised the plan
 * and said"), the sentence's subject; else a name with an apposition ("Hale, a farmer, said").
 */
export function speakerBefore(text: string, sentence: Span, from: number, cue: Cue, mentions: readonly Mention[]): Speaker | null {
  const phrase = phraseBefore(text, from, cue.start, mentions);
  const direct = phrase ? readSpeaker(text, phrase, mentions, sentence) : null;
  if (direct) return direct;
  // "… and said", "… before saying": the verb shares the sentence's subject.
  if (/\band\s+$/.test(text.slice(from, cue.start)) || cue.word.endsWith('ing')) return sentenceSubject(text, sentence, cue, mentions);
  return appositiveSubject(text, sentence, cue, mentions);
}
