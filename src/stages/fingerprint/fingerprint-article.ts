import { sha256 } from '../../core/hash.js';
import type { Article, Fingerprint, Sentence } from '../../core/model.js';
import { minhashSignature, shingles } from './minhash.js';
import { normaliseText, normaliseWords } from './normalise-words.js';
import { simhash } from './simhash.js';
import { termVector, type WeightedTerm } from './term-vector.js';

/** Sentences that open the article and count as its lead for term weighting. */
const LEAD_SENTENCES = 3;

/** Salient terms of a headline and its content sentences: the first sentences weigh as the lead. */
export function salientTerms(title: string, content: readonly string[]): WeightedTerm[] {
  return termVector({ title, lead: content.slice(0, LEAD_SENTENCES).join(' '), body: content.slice(LEAD_SENTENCES).join(' ') });
}

/**
 * The fingerprint of an article's own words. Boilerplate blocks and the title are left
 * out of the hashes, so a copy that gained a syndication footer or a new headline still
 * matches; the title still counts for the salient terms.
 */
export function fingerprintArticle(article: Article, sentences: readonly Sentence[]): Fingerprint {
  const content = contentSentences(article, sentences);
  const words = normaliseWords(content.join(' '));
  const terms = salientTerms(article.title, content);
  return {
    minhash: minhashSignature(shingles(words)),
    simhash: simhash(terms),
    terms: terms.map((entry) => entry.term),
    exactHash: sha256(words.join(' ')),
  };
}

/** Texts of the sentences outside boilerplate and title blocks, in order. */
export function contentSentences(article: Article, sentences: readonly Sentence[]): string[] {
  return sentences
    .filter((sentence) => {
      const kind = article.blocks[sentence.block]?.kind;
      return kind !== 'boilerplate' && kind !== 'title';
    })
    .map((sentence) => article.text.slice(sentence.start, sentence.end));
}

/** Words of content (title and boilerplate excluded), as the fingerprint counts them. */
export function contentWordCount(article: Article, sentences: readonly Sentence[]): number {
  const text = normaliseText(contentSentences(article, sentences).join(' '));
  return text === '' ? 0 : text.split(' ').length;
}
