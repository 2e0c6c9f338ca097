import type { Article } from '../core/model.js';
import { isFailure, type Failure } from '../core/errors.js';
import { listInputs, readSourceFile } from '../ingest/index.js';
import { extractArticle } from '../stages/extract/index.js';
import { cleanArticle, collectLineStats } from '../stages/clean/index.js';

/**
 * Files and folders → cleaned articles, without a database (for `storyline extract` and
 * folder timelines). Recurring-line statistics come from the articles read together.
 */
export async function readArticles(paths: readonly string[]): Promise<{ articles: Article[]; failures: Failure[] }> {
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
  return { articles: extracted.map((a) => cleanArticle(a, stats)), failures };
}
