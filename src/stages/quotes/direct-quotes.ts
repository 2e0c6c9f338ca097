import type { Article, Mention, Quote, Sentence, Span } from '../../core/model.js';
import { findCues, type Cue } from './find-cues.js';
import type { QuotedSpan } from './find-quoted-spans.js';
import { speakerBefore } from './speaker-before.js';
import { phraseAfter, readSpeaker, type Speaker } from './speaker-phrase.js';

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

/** "…,” said Hale." / "…,” Hale said." — the attribution right after the closing mark. */
function attributionAfter(text: string, quote: Span, limit: number, mentions: readonly Mention[], sentence: Span): Attribution | null {
  const tail = text.slice(quote.end, limit);
  const lead = /^\s*,?\s*/.exec(tail)?.[0].length ?? 0;
  const cue = findCues(text, { start: quote.end + lead, end: limit })[0];
  if (!cue) return null;
  if (cue.start === quote.end + lead) {
    const phrase = phraseAfter(text, cue.end, limit);
    const speaker = phrase ? readSpeaker(text, phrase, mentions, sentence) : null;
    return speaker ? { cue, speaker } : null;
  }
  const between = text.slice(quote.end + lead, cue.start);
  if (/[;:.!?“”"]/.test(between)) return null;
  // "“…,” Jenna Hale, the council's lawyer, said": the speaker is the name before the apposition.
  const comma = between.indexOf(',');
  if (comma >= 0 && !/,\s*$/.test(between)) return null;
  const end = quote.end + lead + (comma >= 0 ? comma : between.trimEnd().length);
  const speaker = readSpeaker(text, { start: quote.end + lead, end }, mentions, sentence);
  if (!speaker || (comma >= 0 && speaker.key === null)) return null;
  // PolNeAR's convention, and a reader's: the apposition belongs to the speaker phrase.
  const withApposition = { start: speaker.span.start, end: quote.end + lead + between.trimEnd().length };
  return { cue, speaker: comma >= 0 ? { ...speaker, span: withApposition } : speaker };
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
  if (!previous || article.text.slice(quote.start - 4 > 0 ? article.blocks[quote.block]!.start : 0, quote.start).trim() !== '') return null;
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
    if (wordCount(text.slice(span.start, span.end)) < MIN_QUOTE_WORDS) continue;
    const sentence = sentenceAt(sentences, span.start) ?? { start: span.start, end: span.end, block: span.block };
    const prior = quoted[index - 1];
    const from = Math.max(sentence.start, prior && prior.end <= span.start ? prior.end : sentence.start);
    const nextStart = quoted[index + 1]?.start ?? Number.POSITIVE_INFINITY;
    const limit = Math.min(Math.max(sentenceAt(sentences, Math.max(span.end - 1, span.start))?.end ?? span.end, span.end), nextStart);
    const attribution =
      attributionAfter(text, span, limit, mentions, sentence) ??
      attributionBefore(text, from, span, mentions, sentence) ??
      colonParagraph(article, span, sentences, mentions);
    // Only the current sentence leads into the quote (the segmenter may glue an opening
    // mark to the sentence before).
    const fullHead = text.slice(from, span.start);
    const sentenceHead = fullHead.slice(Math.max(0, ...[...fullHead.matchAll(/[.!?]\s+/g)].map((m) => (m.index ?? 0) + m[0].length)));
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
    quotes.push(toQuote(span, inherited));
    previous = { span, attribution: inherited };
  }
  return quotes;
}
