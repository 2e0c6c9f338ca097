import type { Article, Mention, Quote, Sentence, Span } from '../../core/model.js';
import { trimSpan } from '../../core/text.js';
import { findCues, type Cue } from './find-cues.js';
import type { QuotedSpan } from './find-quoted-spans.js';
import { clauseSpan } from './reported-clause.js';
import { speakerBefore } from './speaker-before.js';
import { maskAbbreviations, phraseAfter, readSpeaker, withApposition, type Speaker } from './speaker-phrase.js';

interface Attribution { readonly cue: Cue; readonly speaker: Speaker | null }

/** Fewer words than this inside quotation marks is a scare quote or a title, not a quote. */
const MIN_QUOTE_WORDS = 3;
/** Most words allowed between a cue and the opening mark ("told reporters on Monday:"). */
const MAX_LISTENER_WORDS = 6;

const sentenceAt = (sentences: readonly Sentence[], at: number): Sentence | undefined =>
  sentences.find((s) => s.start <= at && at < s.end);

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Where the words after a quote can hold its attribution: the end of its sentence, or of
 * the next one when the quote ends in a comma ("…,'' Mr. Hale said." — the segmenter may
 * have split after the closing mark).
 */
function attributionLimit(text: string, sentences: readonly Sentence[], span: Span): number {
  const own = sentenceAt(sentences, Math.max(span.end - 1, span.start))?.end ?? span.end;
  if (own > span.end || !/[,?!—–-]\s*(?:''|["”’])$/.test(text.slice(span.start, span.end))) return Math.max(own, span.end);
  const next = text.slice(span.end).search(/\S/);
  return next < 0 ? span.end : Math.max(sentenceAt(sentences, span.end + next)?.end ?? span.end, span.end);
}

/** "…,” said Hale." / "…,” Hale said." — the attribution right after the closing mark. */
function attributionAfter(text: string, quote: Span, limit: number, mentions: readonly Mention[], sentence: Span): Attribution | null {
  const tail = text.slice(quote.end, limit);
  const lead = /^\s*,?\s*/.exec(tail)?.[0].length ?? 0;
  const cue = findCues(text, { start: quote.end + lead, end: limit })[0];
  if (!cue) return null;
  if (cue.start === quote.end + lead) {
    const phrase = phraseAfter(text, cue.end, limit);
    const speaker = phrase ? readSpeaker(text, phrase, mentions, sentence) : null;
    return speaker ? { cue, speaker: { ...speaker, span: withApposition(text, speaker.span, limit) } } : null;
  }
  const between = text.slice(quote.end + lead, cue.start);
  if (/[;:.!?“”"]/.test(maskAbbreviations(between))) return null;
  // Commas mean an apposition ("“…,” Jenna Hale, the council's lawyer, said").
  const comma = between.indexOf(',');
  if (comma >= 0 && !/,\s*$/.test(between)) return null;
  const start = quote.end + lead;
  const whole = { start, end: start + between.trimEnd().length };
  const speaker = comma < 0 ? readSpeaker(text, whole, mentions, sentence) : appositiveSpeaker(text, between, start, mentions, sentence);
  if (!speaker) return null;
  // PolNeAR's convention, and a reader's: the apposition belongs to the speaker phrase.
  return { cue, speaker: comma >= 0 ? { ...speaker, span: whole } : speaker };
}

/**
 * A speaker phrase with commas between a quote and its cue: "Jenna Hale, the council's
 * lawyer," (name first), "a neighbour, Mariam Vance," (name last), or "the tall, quiet
 * envoy" (one phrase).
 */
function appositiveSpeaker(text: string, between: string, start: number, mentions: readonly Mention[], sentence: Span): Speaker | null {
  const first = readSpeaker(text, { start, end: start + between.indexOf(',') }, mentions, sentence);
  if (first?.key) return first;
  const body = between.trimEnd().replace(/,$/, '');
  const lastComma = body.lastIndexOf(',');
  const last = readSpeaker(text, trimSpan(text, { start: start + lastComma + 1, end: start + body.length }), mentions, sentence);
  if (last?.key) return last;
  return readSpeaker(text, { start, end: start + body.length }, mentions, sentence);
}

/** "Hale said: “…”" / "Hale told reporters, “…”" — the attribution right before the opening mark. */
function attributionBefore(text: string, from: number, quote: Span, mentions: readonly Mention[], sentence: Span): Attribution | null {
  const head = text.slice(from, quote.start);
  if (!/[:,]\s*$|\s$/.test(head) || head.trim() === '') return null;
  const cues = findCues(text, { start: from, end: quote.start });
  const cue = cues[cues.length - 1];
  if (!cue) return null;
  // Words between the cue and the quote are a listener or a time ("told reporters on
  // Monday:") only when punctuation hands over to the quote; otherwise they are a clause
  // the quote finishes ("said the plan was “dead”"), which is reported speech.
  const between = text.slice(cue.end, quote.start);
  if (wordCount(between) > MAX_LISTENER_WORDS || (wordCount(between) > 0 && !/[:,]\s*$/.test(between))) return null;
  if (cue.word === 'according to') {
    const phrase = phraseAfter(text, cue.end, quote.start);
    const speaker = phrase ? readSpeaker(text, phrase, mentions, sentence) : null;
    return speaker ? { cue, speaker } : null;
  }
  const speaker = speakerBefore(text, sentence, from, cue, mentions);
  return speaker ? { cue, speaker } : null;
}

/** "Hale continued:" as a paragraph of its own before a quoted paragraph. */
function colonParagraph(article: Article, quote: QuotedSpan, sentences: readonly Sentence[], mentions: readonly Mention[]): Attribution | null {
  const previous = article.blocks[quote.block - 1];
  const blockStart = article.blocks[quote.block]?.start ?? quote.start;
  if (!previous || article.text.slice(blockStart, quote.start).trim() !== '') return null;
  const body = article.text.slice(previous.start, previous.end).trimEnd();
  if (!body.endsWith(':')) return null;
  const sentence = sentenceAt(sentences, previous.end - 1) ?? { start: previous.start, end: previous.end, block: quote.block - 1 };
  return attributionBefore(article.text, sentence.start, { start: previous.start + body.length, end: quote.start }, mentions, sentence);
}

function toQuote(quote: Span, attribution: Attribution | null): Quote {
  const speaker = attribution?.speaker ?? null;
  return {
    content: { start: quote.start, end: quote.end },
    cue: attribution ? { start: attribution.cue.start, end: attribution.cue.end } : null,
    speaker: speaker ? speaker.span : null,
    speakerName: speaker?.name ?? null,
    speakerKey: speaker?.key ?? null,
    kind: 'direct',
    anonymous: speaker?.anonymous ?? false,
  };
}

/**
 * Direct quotes with their cue before, inside or after. A quoted passage whose sentence
 * leads into it with other words ("Hale said the plan was “dead on arrival.”") is left to
 * the indirect pass, which reports it as a mixed quote.
 */
export function directQuotes(article: Article, sentences: readonly Sentence[], mentions: readonly Mention[], quoted: readonly QuotedSpan[]): Quote[] {
  const { text } = article;
  const quotes: Quote[] = [];
  let previous = null as { span: QuotedSpan; attribution: Attribution | null } | null;
  for (const [index, span] of quoted.entries()) {
    const sentence = sentenceAt(sentences, span.start) ?? { start: span.start, end: span.end, block: span.block };
    const prior = quoted[index - 1];
    const from = Math.max(sentence.start, prior && prior.end <= span.start ? prior.end : sentence.start);
    const nextStart = quoted[index + 1]?.start ?? Number.POSITIVE_INFINITY;
    const limit = Math.min(attributionLimit(text, sentences, span), nextStart);
    if (wordCount(text.slice(span.start, span.end)) < MIN_QUOTE_WORDS) {
      // Too short to be a quote by itself ("a farce"), unless an attribution follows right
      // after ("“Denver,” he answered."); its attribution then also carries to the quote that
      // follows ("“I’m honored!” she said. “It’s giving me goosebumps.”").
      const after = attributionAfter(text, span, limit, mentions, sentence);
      if (after) {
        previous = { span, attribution: after };
        if (text.slice(sentence.start, span.start).trim() === '') quotes.push(toQuote(span, after));
      }
      continue;
    }
    // A cue that hands over to the quote ("Hale asked, “…?”") beats one found in the next
    // sentence ("Lee continued, …"), which only a quote ending in a comma reaches for.
    const after = attributionAfter(text, span, limit, mentions, sentence);
    const before = attributionBefore(text, from, span, mentions, sentence);
    const ownEnd = sentenceAt(sentences, Math.max(span.end - 1, span.start))?.end ?? span.end;
    const attribution = (before && after && after.cue.start >= ownEnd ? before : after ?? before) ?? colonParagraph(article, span, sentences, mentions);
    // Only the current sentence leads into the quote (the segmenter may glue an opening
    // mark to the sentence before).
    const fullHead = text.slice(from, span.start);
    const sentenceHead = fullHead.slice(Math.max(0, ...[...maskAbbreviations(fullHead).matchAll(/[.!?]\s+/g)].map((m) => (m.index ?? 0) + m[0].length)));
    // A bare conjunction ("But “…”") does not lead into the quote.
    const head = /^\s*(?:but|and|so|yet|still|now|then|or)\s*,?\s*$/i.test(sentenceHead) ? '' : sentenceHead;
    // A quotation in the middle of the writer's sentence ("called it “a farce,” Hale said")
    // is reported speech unless a cue right before hands over to it.
    if (/[\p{L}\p{N}]/u.test(head) && !attributionBefore(text, from + fullHead.length - sentenceHead.length, span, mentions, sentence)) continue;
    const blockStart = article.blocks[span.block]?.start ?? span.start;
    const opensParagraph = text.slice(blockStart, span.start).trim() === '';
    // A quoted sentence or paragraph right after an attributed quote is the same speaker
    // going on ("“…,” Hale said. “…”").
    const last = previous;
    const continues: boolean = last !== null && (span.block === last.span.block || (opensParagraph && span.block - last.span.block === 1));
    const inherited: Attribution | null = attribution ?? (continues ? last?.attribution ?? null : null);
    // "Hale said “it gets me mad” every time …": the writer's words go on after the quote
    // in the same clause, so the reported content is the whole clause, a mixed quote.
    const clause = attribution !== null && attribution === before && /^\s+\p{Ll}/u.test(text.slice(span.end, sentence.end)) ? clauseSpan(text, span.start, sentence.end) : null;
    const runsOn = clause !== null && clause.end > span.end;
    quotes.push(runsOn ? { ...toQuote(clause, attribution), kind: 'mixed' } : toQuote(span, inherited));
    previous = { span, attribution: inherited };
  }
  return quotes;
}
