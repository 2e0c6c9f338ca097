import type { Article } from '../core/model.js';
import { isFailure, type Failure } from '../core/errors.js';
import { listInputs, readSourceFile } from '../ingest/index.js';
import { extractArticle } from '../stages/extract/index.js';
import { cleanArticle, collectLineStats } from '../stages/clean/index.js';
import { resolvePublication } from '../stages/dates/index.js';
import type { DatedArticle } from '../stages/tls/index.js';

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
  const { files, failures: listed } = listInputs(paths);
  const failures: Failure[] = [...listed];
  const extracted: Article[] = [];
  for (const file of files) {
    const read = await readSourceFile(file);
    failures.push(...read.failures);
    for (const doc of read.documents) {
      const article = extractArticle(doc);
      if (isFailure(article)) failures.push(article);
      else extracted.push(article);
    }
  }
  const stats = collectLineStats(extracted);
  const articles: DatedArticle[] = [];
  const undated: string[] = [];
  for (const raw of extracted) {
    const article = cleanArticle(raw, stats);
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
