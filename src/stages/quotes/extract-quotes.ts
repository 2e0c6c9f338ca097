import type { Article, Mention, Quote, Sentence } from '../../core/model.js';
import { directQuotes } from './direct-quotes.js';
import { findQuotedSpans } from './find-quoted-spans.js';
import { indirectQuotes } from './indirect-quotes.js';

/**
 * Direct quotes first; then reported speech in the remaining text. Cues already used by a
 * direct quote, and any cue inside quoted content, are not read again.
 */
export function extractQuotes(article: Article, sentences: readonly Sentence[], mentions: readonly Mention[]): Quote[] {
  const direct = directQuotes(article, sentences, mentions, findQuotedSpans(article));
  const taken = direct.flatMap((q) => (q.cue ? [q.content, q.cue] : [q.content]));
  const indirect = indirectQuotes(article, sentences, mentions, taken);
  return [...direct, ...indirect].sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
}
