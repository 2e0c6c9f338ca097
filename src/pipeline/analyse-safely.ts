import type { Article, ArticleAnalysis } from '../core/model.js';
import { failure, type Failure } from '../core/errors.js';
import { cleanArticle, type LineStats } from '../stages/clean/index.js';
import { analyzeArticle } from './analyze-article.js';

/** Runs `work`, turning a throw into the stage's recorded failure: one bad item never stops a batch. */
export function safely<T>(work: () => T | Failure, locator: string, stage: string): T | Failure {
  try {
    return work();
  } catch (error) {
    return failure('STAGE_FAILED', locator, stage, `${stage} failed: ${(error as Error).message}`);
  }
}

/** Cleaning and analysis of one extracted article, on whichever thread runs it. */
export function analyseSafely(article: Article, stats: LineStats): ArticleAnalysis | Failure {
  return safely(() => analyzeArticle(cleanArticle(article, stats)), article.locator, 'analyse');
}
