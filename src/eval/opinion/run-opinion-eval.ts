import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { StorylineError, isFailure } from '../../core/errors.js';
import type { ArticleType, SentenceLabel } from '../../core/model.js';
import { sha256 } from '../../core/hash.js';
import { extractArticle } from '../../stages/extract/index.js';
import { cleanArticle } from '../../stages/clean/index.js';
import { analyzeArticle } from '../../pipeline/analyze-article.js';
import { perClassScores, type ClassScore } from './per-class-scores.js';

const LABELS = ['reporting', 'quote', 'opinion', 'boilerplate'] as const;
const TYPES = ['news', 'opinion', 'analysis', 'press-release', 'other'] as const;

const LabelledArticle = z.object({
  id: z.string(),
  title: z.string(),
  section: z.string().optional(),
  type: z.enum(TYPES),
  paragraphs: z.array(z.tuple([z.enum(LABELS), z.string().min(1)])).min(1),
});

export interface OpinionEvalReport {
  readonly corpus: string;
  readonly articles: number;
  readonly sentences: number;
  /** Sentence labels: precision/recall/F1 per class, and accuracy. */
  readonly sentenceLabels: { readonly classes: Readonly<Record<string, ClassScore>>; readonly accuracy: number };
  readonly articleTypes: { readonly classes: Readonly<Record<string, ClassScore>>; readonly accuracy: number };
}

/**
 * Sentence labels (reporting / quote / opinion / boilerplate) and article types on a
 * labelled set, run through the engine's own path: extract → clean → analyse.
 */
export function runOpinionEval(options: { corpus: string }): OpinionEvalReport {
  const file = options.corpus.endsWith('.jsonl') ? options.corpus : join(options.corpus, 'labelled.jsonl');
  let lines: string[];
  try {
    lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  } catch {
    throw new StorylineError('EVAL_DATA_MISSING', `no labelled set at ${file}`);
  }
  const sentencePairs: [string, string][] = [];
  const typePairs: [string, string][] = [];
  for (const line of lines) {
    const gold = LabelledArticle.parse(JSON.parse(line));
    const predicted = analyse(gold);
    typePairs.push([gold.type, predicted.type]);
    for (const [label, sentence] of gold.paragraphs) sentencePairs.push([label, predicted.labelOf(sentence)]);
  }
  return {
    corpus: file,
    articles: typePairs.length,
    sentences: sentencePairs.length,
    sentenceLabels: perClassScores(sentencePairs, LABELS),
    articleTypes: perClassScores(typePairs, TYPES),
  };
}

function analyse(gold: z.infer<typeof LabelledArticle>): { type: ArticleType; labelOf: (sentence: string) => SentenceLabel | 'missing' } {
  const body = [gold.title, ...gold.paragraphs.map(([, text]) => text)].join('\n\n');
  const doc = {
    sourceHash: sha256(body), locator: gold.id, format: 'text' as const, kind: 'text' as const, body, encoding: 'utf-8',
    hints: { title: gold.title, ...(gold.section ? { extra: { section: gold.section } } : {}) },
  };
  const extracted = extractArticle(doc);
  if (isFailure(extracted)) throw new StorylineError('STAGE_FAILED', `${gold.id}: ${extracted.message}`);
  const analysis = analyzeArticle(cleanArticle(extracted));
  const text = analysis.article.text;
  return {
    type: analysis.articleType,
    labelOf: (sentence) => {
      const at = text.indexOf(sentence);
      const index = analysis.sentences.findIndex((s) => s.start < at + sentence.length && s.end > at);
      return at < 0 || index < 0 ? 'missing' : analysis.sentenceLabels[index] ?? 'missing';
    },
  };
}
