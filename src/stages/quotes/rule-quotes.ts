import type { Article, Mention, Quote, Sentence } from '../../core/model.js';
import { overlaps, within } from '../../core/text.js';
import { colonQuotes } from './colon-quotes.js';
import { directQuotes } from './direct-quotes.js';
import { findQuotedSpans } from './find-quoted-spans.js';
import { indirectQuotes } from './indirect-quotes.js';
import { nounQuotes } from './noun-cues.js';
import { splitBeforeQuotes } from './split-before-quotes.js';

/**
 * The hand-written reading of attributions, which the learned taggers then check and
 * complete (`extract-quotes.ts`). Direct quotes first; then "Name: …" headlines and transcript lines; then reported speech
 * and attitudes in the remaining text; then reports carried by a noun ("his claim that …").
 * Cues already used by a direct quote, and attitude words inside quotation marks, are not
 * read again. Reports nested in a reported clause are read too ("X said Y believes …").
 */
export function ruleQuotes(article: Article, sentences: readonly Sentence[], mentions: readonly Mention[]): Quote[] {
  const quoted = findQuotedSpans(article);
  // Names inside quotations are what the speaker talked about, never the speaker nor the
  // antecedent of a later "he said".
  const outside = mentions.filter((m) => !quoted.some((q) => within(m, q)));
  const direct = directQuotes(article, sentences, outside, quoted);
  const taken = direct.flatMap((q) => (q.cue ? [q.content, q.cue] : [q.content]));
  const colon = colonQuotes(article, outside).filter((q) => !direct.some((d) => overlaps(d.content, q.content) && !within(d.content, q.content)));
  const clauses = splitBeforeQuotes(article.text, sentences);
  const indirect = indirectQuotes(article, clauses, outside, {
    taken: [...taken, ...colon.flatMap((q) => [q.content, q.cue ?? q.content])],
    earlier: [...direct, ...colon],
    quoted,
  });
  const cues = [...direct, ...colon, ...indirect].flatMap((q) => (q.cue ? [q.cue] : []));
  const nouns = nounQuotes(article, clauses, outside, [...cues, ...quoted]);
  return [...direct, ...colon, ...indirect, ...nouns].sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
}
