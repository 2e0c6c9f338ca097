import { StorylineError, isFailure } from '../../core/errors.js';
import type { ArticleType, SentenceLabel } from '../../core/model.js';
import { sha256 } from '../../core/hash.js';
import { extractArticle } from '../../stages/extract/index.js';
import { cleanArticle } from '../../stages/clean/index.js';
import { analyzeArticle } from '../../pipeline/analyze-article.js';
import { perClassScores, type ClassScore } from './per-class-scores.js';
import { ARTICLE_TYPES, SENTENCE_LABELS, SPLITS, readLabelledSet, type LabelledArticle } from './labelled-set.js';

export interface ClassScores {
  readonly classes: Readonly<Record<string, ClassScore>>;
  readonly accuracy: number;
}

export interface OpinionScores {
  readonly articles: number;
  readonly sentences: number;
  /** Sentence labels: precision/recall/F1 per class, and accuracy. */
  readonly sentenceLabels: ClassScores;
  readonly articleTypes: ClassScores;
}

export interface OpinionEvalReport extends OpinionScores {
  readonly corpus: string;
  /** The same scores on each half: `dev` (tuned on) and `test` (held out). */
  readonly halves: Readonly<Record<string, OpinionScores>>;
}

/** One article's gold and predicted labels. */
export interface OpinionPrediction {
  readonly gold: LabelledArticle;
  readonly type: ArticleType;
  /** Predicted label of each gold sentence, same order as `gold.paragraphs`. */
  readonly labels: readonly (SentenceLabel | 'missing')[];
}

/**
 * Sentence labels (reporting / quote / opinion / boilerplate) and article types on a
 * labelled set, run through the engine's own path: extract → clean → analyse.
 */
export function runOpinionEval(options: { corpus: string }): OpinionEvalReport {
  const { file, articles } = readLabelledSet(options.corpus);
  const predictions = articles.map(predictArticle);
  const halves: Record<string, OpinionScores> = {};
  for (const split of SPLITS) {
    const half = predictions.filter((p) => p.gold.split === split);
    if (half.length > 0) halves[split] = scorePredictions(half);
  }
  return { corpus: file, ...scorePredictions(predictions), halves };
}

export function scorePredictions(predictions: readonly OpinionPrediction[]): OpinionScores {
  const typePairs = predictions.map((p): [string, string] => [p.gold.type, p.type]);
  const sentencePairs = predictions.flatMap((p) => p.gold.paragraphs.map(([label], i): [string, string] => [label, p.labels[i] ?? 'missing']));
  return {
    articles: typePairs.length,
    sentences: sentencePairs.length,
    sentenceLabels: perClassScores(sentencePairs, SENTENCE_LABELS),
    articleTypes: perClassScores(typePairs, ARTICLE_TYPES),
  };
}

/** The engine's labels for one labelled article, its paragraphs joined as plain text. */
export function predictArticle(gold: LabelledArticle): OpinionPrediction {
  const body = [gold.title, ...gold.paragraphs.map(([, text]) => text)].join('\n\n');
  const doc = {
    sourceHash: sha256(body), locator: gold.id, format: 'text' as const, kind: 'text' as const, body, encoding: 'utf-8',
    hints: { title: gold.title, ...(gold.section ? { extra: { section: gold.section } } : {}) },
  };
  const extracted = extractArticle(doc);
  if (isFailure(extracted)) throw new StorylineError('STAGE_FAILED', `${gold.id}: ${extracted.message}`);
  const analysis = analyzeArticle(cleanArticle(extracted));
  const text = analysis.article.text;
  // Search from after the title so a sentence that repeats the headline finds itself.
  let from = 0;
  const labels = gold.paragraphs.map(([, sentence]) => {
    const at = text.indexOf(sentence, from);
    if (at < 0) return 'missing' as const;
    from = at + sentence.length;
    const index = analysis.sentences.findIndex((s) => s.start < at + sentence.length && s.end > at);
    return index < 0 ? ('missing' as const) : (analysis.sentenceLabels[index] ?? 'missing');
  });
  return { gold, type: analysis.articleType, labels };
}
