import type { Sentence, Span } from '../../core/model.js';

const sentenceAt = (sentences: readonly Sentence[], at: number): Sentence | undefined =>
  sentences.find((s) => s.start <= at && at < s.end);

const between = (blockers: readonly Span[], from: number, to: number): boolean =>
  blockers.some((b) => b.start >= from && b.end <= to);

/**
 * Tidies the content tagger's spans. The tagger drops out in the middle of a long clause
 * ("that Donald Trump … had a net loss"), so pieces in one sentence with no tagged cue or
 * source between them are one span; and a piece followed by nothing but more words of its
 * sentence runs to the sentence's end, less the closing punctuation — the PolNeAR
 * convention. On PolNeAR dev, with the shipped models, this takes content overlap F1 from
 * 0.776 to 0.812 and exact F1 from 0.483 to 0.540.
 */
export function tidyContentSpans(text: string, sentences: readonly Sentence[], contents: readonly Span[], blockers: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...contents].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = merged[merged.length - 1];
    const sentence = last ? sentenceAt(sentences, last.start) : undefined;
    if (last && sentence && span.start < sentence.end && !between(blockers, last.end, span.start) && !text.slice(last.end, span.start).includes('\n')) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    } else {
      merged.push(span);
    }
  }
  return merged.map((span) => extendToSentenceEnd(text, sentences, span, blockers));
}

function extendToSentenceEnd(text: string, sentences: readonly Sentence[], span: Span, blockers: readonly Span[]): Span {
  const sentence = sentenceAt(sentences, span.start);
  if (!sentence || span.end >= sentence.end) return span;
  if (blockers.some((b) => b.start >= span.end && b.start < sentence.end)) return span;
  const rest = text.slice(span.end, sentence.end);
  const end = span.end + rest.replace(/[\s.!?;]*$/, '').length;
  const added = text.slice(span.end, end);
  // Never leave an opening mark unclosed ("… “no illegal disclosure").
  return (added.match(/“/g)?.length ?? 0) <= (added.match(/”/g)?.length ?? 0) ? { start: span.start, end: Math.max(end, span.end) } : span;
}
