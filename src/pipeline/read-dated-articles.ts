import type { Article } from '../core/model.js';
import type { Failure } from '../core/errors.js';
import { resolvePublication } from '../stages/dates/index.js';
import type { DatedArticle } from '../stages/tls/index.js';
import { readArticles } from './read-articles.js';

/** A day in a file path, as in dumps laid out by date (`…/2010-04-20/3.txt`). */
const PATH_DAY = /(?:^|[/\\_-])((?:19|20)\d{2}-[01]\d-[0-3]\d)(?=[/\\._-]|$)/;

export interface DatedArticles {
  readonly articles: readonly DatedArticle[];
  /** Articles kept out because no day could be found for them. */
  readonly undated: readonly string[];
  readonly failures: readonly Failure[];
}

/**
 * Reads a folder of articles for a timeline without a database: ingest, extract, clean,
 * date. An article's day is its publication time, else a `YYYY-MM-DD` in its file path;
 * boilerplate blocks are blanked (same length, so citation offsets still fit the text).
 */
export async function readDatedArticles(paths: readonly string[]): Promise<DatedArticles> {
  const { articles: cleaned, failures } = await readArticles(paths);
  const articles: DatedArticle[] = [];
  const undated: string[] = [];
  for (const article of cleaned) {
    const day = (article.published ?? resolvePublication(article))?.value.slice(0, 10) ?? PATH_DAY.exec(article.locator)?.[1];
    if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
      undated.push(article.locator);
      continue;
    }
    articles.push({ id: article.id, published: day, text: withoutBoilerplate(article) });
  }
  return { articles, undated, failures };
}

function withoutBoilerplate(article: Article): string {
  let text = article.text;
  for (const block of article.blocks) {
    if (block.kind === 'boilerplate') text = text.slice(0, block.start) + ' '.repeat(block.end - block.start) + text.slice(block.end);
  }
  return text;
}
