import type { Article, Quote, Sentence, SentenceLabel, Span } from '../../core/model.js';
import { EVALUATIVE_WORDS, FIRST_PERSON, STRONG_PHRASES, WEAK_PHRASES } from './opinion-cues.js';
import { declaredOpinion } from './classify-article.js';

/** Share of a sentence's letters inside quote content above which it is a quote sentence. */
const QUOTE_SHARE = 0.5;

/** Anything between quotation marks, attributed or not: the words are someone else's. */
const QUOTED = /“[^”]*”|"[^"]*"|''.*?''/g;

/** The sentence text with quote content blanked out, so quoted opinions do not count. */
function ownWords(text: string, sentence: Span, quotes: readonly Quote[]): { own: string; quotedShare: number } {
  const chars = [...text.slice(sentence.start, sentence.end)];
  let quoted = 0;
  let letters = 0;
  for (let i = 0; i < chars.length; i++) {
    const at = sentence.start + i;
    const isLetter = /[\p{L}\p{N}]/u.test(chars[i] ?? '');
    const inside = quotes.some((q) => q.content.start <= at && at < q.content.end);
    if (isLetter) letters++;
    if (inside) {
      if (isLetter) quoted++;
      chars[i] = ' ';
    }
  }
  const own = chars.join('').replace(QUOTED, (m) => ' '.repeat(m.length));
  return { own, quotedShare: letters === 0 ? 0 : quoted / letters };
}

/**
 * Opinion score of the writer's own words: 2 for a strong cue (first-person stance, call
 * to action, an evaluative word, an exclamation), 1 for a weak one (should, must, a
 * question). Two points make opinion, so "The council should vote on Monday" stays reporting.
 */
export function opinionScore(own: string): number {
  let score = 0;
  if (STRONG_PHRASES.test(own)) score += 2;
  const words = own.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.some((w) => EVALUATIVE_WORDS.has(w))) score += 2;
  if (/!\s*$/.test(own.trim())) score += 2;
  if (WEAK_PHRASES.test(own)) score += 1;
  if (FIRST_PERSON.test(own)) score += 1;
  if (/\?\s*$/.test(own.trim())) score += 1;
  return score;
}

/**
 * Points that make a sentence opinion: two in a news report, one where the page declares
 * itself opinion (section, title or URL) — in a column the writer's unattributed sentences
 * are mostly views, so a single cue is enough.
 */
const OPINION_POINTS = { reported: 2, declaredOpinion: 1 } as const;

/** One label per sentence, same order as `sentences`. */
export function labelSentences(article: Article, sentences: readonly Sentence[], quotes: readonly Quote[]): SentenceLabel[] {
  const needed = declaredOpinion(article) ? OPINION_POINTS.declaredOpinion : OPINION_POINTS.reported;
  return sentences.map((sentence) => {
    if (article.blocks[sentence.block]?.kind === 'boilerplate') return 'boilerplate';
    const { own, quotedShare } = ownWords(article.text, sentence, quotes);
    if (quotedShare > QUOTE_SHARE) return 'quote';
    return opinionScore(own) >= needed ? 'opinion' : 'reporting';
  });
}
