import type { Article, Quote, Sentence, SentenceLabel } from '../../core/model.js';
import { articleContext, withContext } from './article-context.js';
import { isAboutHeading, isBoilerplateSentence } from './boilerplate-sentence.js';
import { declaredOpinion } from './declared-type.js';
import { OPINION_WEIGHTS } from './opinion-weights.js';
import { ownWords, quotedMask, quotedSpans, shareInside } from './quoted-spans.js';
import { sentenceFeatures } from './sentence-features.js';

/** Share of a sentence's letters inside quotation marks above which it is a quote sentence. */
const QUOTE_SHARE = 0.5;
/**
 * A sentence that opens with a quotation mark is built around the quote ("“…,” said X, who
 * …") even when a long attribution outweighs it; below this share the quote is a phrase.
 */
const OPENING_QUOTE_SHARE = 0.2;

/** What the stage sees of each sentence before the opinion decision. */
export type SentenceView =
  | { readonly kind: 'boilerplate' | 'quote' }
  | { readonly kind: 'own'; readonly features: readonly string[] };

/**
 * Questions standing alone as their own paragraph, this many or more, make a Q&A explainer
 * ("What happened?" … "What happens next?"): there they are subheadings, not rhetoric.
 * No column in the labelled set's dev half asks more than one short standalone question.
 */
const QA_HEADINGS = 3;
const PERSON = new Set(['first-singular', 'first-plural', 'second-person']);

/**
 * Boilerplate and quote sentences, and the context-aware opinion features of the rest.
 * `_quotes` (the quotes stage's attributions) is not read: a quote sentence is one built
 * on quotation marks, and reported speech is the writer's wording (labelled reporting).
 */
export function sentenceViews(article: Article, sentences: readonly Sentence[], _quotes: readonly Quote[]): SentenceView[] {
  const mask = quotedMask(article.text.length, quotedSpans(article));
  const blockIsFurniture = article.blocks.map((b) => isBoilerplateSentence(article.text.slice(b.start, b.end)));
  const aboutAt = sentences.findIndex((s, i) => i >= sentences.length / 2 && isAboutHeading(article.text.slice(s.start, s.end)));
  const headingQuestions = new Set(sentences.flatMap((s, i) => (isHeadingQuestion(article, s) ? [i] : [])));
  const qa = headingQuestions.size >= QA_HEADINGS;
  const raw = sentences.map((sentence, i): SentenceView => {
    const text = article.text.slice(sentence.start, sentence.end);
    const block = article.blocks[sentence.block];
    if (block?.kind === 'boilerplate' || (aboutAt >= 0 && i >= aboutAt) || isBoilerplateSentence(text)) return { kind: 'boilerplate' };
    if (blockIsFurniture[sentence.block] === true) return { kind: 'boilerplate' };
    const share = shareInside(article.text, sentence, mask);
    if (share > QUOTE_SHARE || (/^\s*(?:\d{1,2}[:.]\d\d\s*[—–-]\s*)?[“"]/.test(text) && share >= OPENING_QUOTE_SHARE)) return { kind: 'quote' };
    const features = sentenceFeatures(ownWords(article.text, sentence, mask), share > 0);
    return { kind: 'own', features: qa && headingQuestions.has(i) ? features.filter((f) => f !== 'question') : features };
  });
  // A headline's "we" and "you" are formulas ("What we know", "What you need to know"), not
  // the writer's voice; its questions and judgements still count.
  const isTitle = (i: number): boolean => article.blocks[sentences[i]?.block ?? -1]?.kind === 'title';
  const body = raw.map((v, i) => (v.kind !== 'own' ? null : isTitle(i) ? v.features.filter((f) => !PERSON.has(f)) : v.features));
  // An analysis context (\`a:\` copies) was tried and dropped: 5-fold cross-validation on
  // the dev half scored it 0.930 against 0.952 without, too few analysis pieces to learn from.
  const context = articleContext(declaredOpinion(article), body);
  return raw.map((v) => (v.kind === 'own' ? { kind: 'own', features: withContext(v.features, context) } : v));
}

/** A short question (six words or fewer) that is a whole paragraph by itself. */
function isHeadingQuestion(article: Article, sentence: Sentence): boolean {
  const block = article.blocks[sentence.block];
  const words = article.text.slice(sentence.start, sentence.end).split(/\s+/).filter(Boolean).length;
  return block?.kind === 'paragraph' && words <= 6 && block.start === sentence.start && /\?\s*$/.test(article.text.slice(block.start, block.end))
    && article.text.slice(sentence.start, block.end).trim() === article.text.slice(sentence.start, sentence.end).trim();
}

/** Linear opinion score of a sentence's features under the shipped weights. */
export function opinionScore(features: readonly string[], weights: Readonly<Record<string, number>> = OPINION_WEIGHTS): number {
  return features.reduce((sum, f) => sum + (weights[f] ?? 0), 0);
}

/** One label per sentence, same order as `sentences`. */
export function labelSentences(article: Article, sentences: readonly Sentence[], quotes: readonly Quote[]): SentenceLabel[] {
  return sentenceViews(article, sentences, quotes).map((v) => (v.kind === 'own' ? (opinionScore(v.features) > 0 ? 'opinion' : 'reporting') : v.kind));
}
