import type { CitedSentence, Citation } from './model.js';
import { normaliseSpace } from './text.js';

/** Looks up an article's text by id; undefined when the article is unknown. */
export type TextLookup = (articleId: string) => string | undefined;

/**
 * True when every citation points at text that really says the sentence: the cited range
 * exists and, white space folded, equals the sentence. Extractive output must pass this;
 * a sentence that fails is dropped, never shown uncited.
 */
export function citationHolds(sentence: CitedSentence, lookup: TextLookup): boolean {
  if (sentence.citations.length === 0) return false;
  return sentence.citations.every((citation) => citedText(citation, lookup) === normaliseSpace(sentence.text));
}

function citedText(citation: Citation, lookup: TextLookup): string | null {
  const text = lookup(citation.articleId);
  if (text === undefined || citation.start < 0 || citation.end > text.length || citation.start >= citation.end) return null;
  return normaliseSpace(text.slice(citation.start, citation.end));
}
