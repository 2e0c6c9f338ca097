import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { StorylineError } from '../../core/errors.js';

export const SENTENCE_LABELS = ['reporting', 'quote', 'opinion', 'boilerplate'] as const;
export const ARTICLE_TYPES = ['news', 'opinion', 'analysis', 'press-release', 'other'] as const;
/** dev: the half the stance rules and weights were tuned on; test: held out. */
export const SPLITS = ['dev', 'test'] as const;

const LabelledArticleSchema = z.object({
  id: z.string(),
  split: z.enum(SPLITS),
  title: z.string(),
  section: z.string().optional(),
  type: z.enum(ARTICLE_TYPES),
  paragraphs: z.array(z.tuple([z.enum(SENTENCE_LABELS), z.string().min(1)])).min(1),
});

export type LabelledArticle = z.infer<typeof LabelledArticleSchema>;

/** The labelled set: a `.jsonl` file, or a folder holding `labelled.jsonl`; validated line by line. */
export function readLabelledSet(corpus: string): { file: string; articles: LabelledArticle[] } {
  const file = corpus.endsWith('.jsonl') ? corpus : join(corpus, 'labelled.jsonl');
  let lines: string[];
  try {
    lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  } catch {
    throw new StorylineError('EVAL_DATA_MISSING', `no labelled set at ${file}`);
  }
  return { file, articles: lines.map((line) => LabelledArticleSchema.parse(JSON.parse(line))) };
}
