import type { Article, Mention, Quote, Sentence, Span } from '../../core/model.js';
import { overlaps } from '../../core/text.js';
import { accordingTo, inDocument, type Reading } from './according-to.js';
import { objectClause } from './object-clause.js';
import { clauseSpan, reportedClauseStart } from './reported-clause.js';
import { ATTITUDE_VERBS } from './attitude-verbs.js';
import { SPEECH_VERBS } from './cue-words.js';
import { CUE_TAIL, findCues, type Cue } from './find-cues.js';
import { sentenceSubject, speakerBefore } from './speaker-before.js';
import { phraseAfter, phraseBefore, readSpeaker, withApposition, type Speaker } from './speaker-phrase.js';

/** Reported clauses shorter than this are objects ("denied it"), not reported speech. */
const MIN_CONTENT_WORDS = 3;

const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** A participle after a comma hangs its clause on the sentence's subject: "…, saying …". */
const isParticiple = (text: string, sentence: Sentence, cue: Cue): boolean =>
  cue.word.endsWith('ing') && /,\s*$/.test(text.slice(sentence.start, cue.start));

/** A possessive ("Hale's hopes", "the party's call") is not the subject of a verb. */
const POSSESSIVE = /['’]s?$/;

/**
 * The subject of a cue. A participle after a comma, or a verb after "and", shares the
 * sentence's subject, or, when that is not at the sentence's start ("“…,” Hale said,
 * citing …"), the speaker of the last attribution before it in the same sentence.
 */
function subjectOf(text: string, sentence: Sentence, cue: Cue, mentions: readonly Mention[], earlier: readonly Quote[]): Speaker | null {
  const participle = isParticiple(text, sentence, cue);
  const subject = participle ? sentenceSubject(text, sentence, cue, mentions) : speakerBefore(text, sentence, sentence.start, cue, mentions);
  // A verb coordinated with an earlier one ("criticized the plan and said …") shares its subject.
  if (subject || !(participle || /\band\s+$/.test(text.slice(sentence.start, cue.start)))) return subject;
  const last = earlier.filter((q) => q.speaker && q.cue && q.cue.end <= cue.start && q.cue.start >= sentence.start).pop();
  return last?.speaker ? { span: last.speaker, name: last.speakerName ?? text.slice(last.speaker.start, last.speaker.end), key: last.speakerKey, anonymous: last.anonymous } : null;
}

/** "Hale said (that) the plan was dead." / "Hale, a farmer, says …" / "…, saying …" */
function speakerFirst(article: Article, sentence: Sentence, cue: Cue, mentions: readonly Mention[], earlier: readonly Quote[]): Reading | null {
  const { text } = article;
  const speaker = subjectOf(text, sentence, cue, mentions, earlier);
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
  // "…, said Hale": a bare verb; "…, has revealed nothing" is a predicate, not an inversion.
  const inverted = /^\s+\S/.test(after.slice(tail)) && before.slice(comma + 1).trim() === '' && cue.start === cue.verbStart;
  const bare = inverted ? phraseAfter(text, cue.end + tail, sentence.end) : phraseBefore(text, sentence.start + comma + 1, cue.start, mentions);
  if (!bare) return null;
  const phrase = inverted ? withApposition(text, bare, sentence.end) : bare;
  const restAfter = text.slice(inverted ? phrase.end : cue.end + tail, sentence.end);
  if (!QUIET_TAIL.test(restAfter)) return null;
  const speaker = readSpeaker(text, bare, mentions, sentence);
  return speaker ? { speaker: { ...speaker, span: phrase }, content: clauseSpan(text, sentence.start, sentence.start + comma) } : null;
}

/**
 * An attribution set in the middle of the reported sentence: "The plan, Hale said, is dead."
 * PolNeAR splits such content around the cue; the engine keeps the part after it, which
 * carries the claim.
 */
function parenthetical(article: Article, sentence: Sentence, cue: Cue, mentions: readonly Mention[]): Reading | null {
  const { text } = article;
  const before = text.slice(sentence.start, cue.start);
  const comma = before.lastIndexOf(',');
  const after = text.slice(cue.end, sentence.end);
  const tail = CUE_TAIL.exec(after)?.[0].length ?? 0;
  if (comma < 0 || !/^\s*,/.test(after.slice(tail)) || !/[\p{L}\p{N}]/u.test(before.slice(0, comma))) return null;
  const phrase = phraseBefore(text, sentence.start + comma + 1, cue.start, mentions);
  const speaker = phrase ? readSpeaker(text, phrase, mentions, sentence) : null;
  if (!speaker) return null;
  const from = cue.end + tail + (after.slice(tail).indexOf(',') + 1);
  return { speaker, content: clauseSpan(text, from, sentence.end) };
}

/** "Hale criticized the plan", "…, calling it a farce": the object is the content. */
function attitudeReading(article: Article, sentence: Sentence, cue: Cue, mentions: readonly Mention[], earlier: readonly Quote[]): Reading | null {
  const { text } = article;
  // "to support" is an infinitive whose subject lies elsewhere; read only finite verbs.
  if (/\bto\s+$/i.test(text.slice(sentence.start, cue.start))) return null;
  // A bare -ing form is mostly an adjective ("opposing sides", "a declining population");
  // it is a cue after a comma ("…, calling it …"), an auxiliary ("is calling") or a
  // preposition ("by calling it …").
  const gerund = /\b(?:by|for|of|while|before|after|without|in|from|about)\s+$/i.test(text.slice(sentence.start, cue.start));
  if (cue.word.endsWith('ing') && cue.start === cue.verbStart && !isParticiple(text, sentence, cue) && !gerund) return null;
  const speaker = subjectOf(text, sentence, cue, mentions, earlier);
  if (!speaker) return null;
  const phrase = text.slice(speaker.span.start, speaker.span.end);
  // A possessive ("Hale's support") or a clause with its own verb of saying ("47 percent
  // said they would vote for") is not the verb's subject.
  if (POSSESSIVE.test(phrase) || phrase.split(/\s+/).some((w) => SPEECH_VERBS.has(w) || ATTITUDE_VERBS.has(w))) return null;
  const content = objectClause(text, cue.end, sentence.end);
  return content ? { speaker, content } : null;
}

/**
 * Reported speech: "X said (that) …", "…, X said", "according to X, …", "X told reporters …".
 * The content is the reported clause; cues inside direct quotes are skipped.
 */
function toQuote(text: string, cue: Span, reading: Reading): Quote {
  return {
    content: reading.content,
    cue: { start: cue.start, end: cue.end },
    speaker: reading.speaker.span,
    speakerName: reading.speaker.name,
    speakerKey: reading.speaker.key,
    kind: /[“”"]/.test(text.slice(reading.content.start, reading.content.end)) ? 'mixed' : 'indirect',
    anonymous: reading.speaker.anonymous,
  };
}

export interface IndirectContext {
  /** Contents and cues of quotes already read: their cues are not read again. */
  readonly taken: readonly Span[];
  /** Quotes already read, whose speakers a participle may share. */
  readonly earlier?: readonly Quote[];
  /** Passages in quotation marks: an attitude word inside one is the speaker's, not a cue. */
  readonly quoted?: readonly Span[];
}

export function indirectQuotes(article: Article, sentences: readonly Sentence[], mentions: readonly Mention[], context: IndirectContext): Quote[] {
  const { taken, earlier: direct = [], quoted = [] } = context;
  const quotes: Quote[] = [];
  const earlier = (): Quote[] => [...direct, ...quotes].sort((a, b) => (a.cue?.start ?? 0) - (b.cue?.start ?? 0));
  for (const sentence of sentences) {
    if (article.blocks[sentence.block]?.kind === 'boilerplate') continue;
    const used: Span[] = [...taken];
    const poll = inDocument(article.text, sentence, mentions);
    if (poll && !used.some((span) => overlaps(span, poll.content))) quotes.push(toQuote(article.text, poll.cue, poll));
    for (const cue of findCues(article.text, sentence, { attitude: true })) {
      if (used.some((span) => overlaps(span, cue))) continue;
      if (cue.kind === 'attitude' && quoted.some((span) => overlaps(span, cue))) continue;
      const reading = cue.word === 'according to'
        ? accordingTo(article.text, sentence, cue, mentions)
        : cue.kind === 'attitude'
          ? attitudeReading(article, sentence, cue, mentions, earlier())
          : speakerLast(article, sentence, cue, mentions) ?? parenthetical(article, sentence, cue, mentions) ?? speakerFirst(article, sentence, cue, mentions, earlier());
      // An attitude's object may be one word ("endorsed Hale"); reported speech may not.
      const minWords = cue.kind === 'attitude' ? 1 : MIN_CONTENT_WORDS;
      if (!reading || wordCount(article.text.slice(reading.content.start, reading.content.end)) < minWords) continue;
      // A clause that runs over a direct quote already read is that quote's attribution, but
      // "according to" may source a whole report ("“…,” Hale said, according to CNN"). A
      // clause may hold another report's speaker ("Polls show voters say …").
      if (cue.word !== 'according to' && taken.some((span) => overlaps(span, reading.content))) continue;
      quotes.push(toQuote(article.text, cue, reading));
      // Cues inside this content are nested reports; later cues may start a second report
      // ("One says …, while another says …").
      used.push(reading.speaker.span);
    }
  }
  return quotes;
}
