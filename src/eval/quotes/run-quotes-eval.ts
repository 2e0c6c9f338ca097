import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Quote, Span } from '../../core/model.js';
import { StorylineError } from '../../core/errors.js';
import { extractMentions } from '../../stages/entities/index.js';
import { fixtureArticle } from '../../stages/entities/fixture-article.js';
import { extractQuotes } from '../../stages/quotes/index.js';
import { segmentArticle } from '../../stages/segment/index.js';
import { readPolnearSplit, type AttributionRole } from './polnear-documents.js';
import { SpanTally, type SpanScore } from './span-metric.js';

export type { AttributionRole } from './polnear-documents.js';
const ROLES: readonly AttributionRole[] = ['Source', 'Cue', 'Content'];

export interface QuotesEvalReport {
  readonly corpus: string;
  readonly documents: number;
  /** Which annotator's file was scored for documents with several: always the first by id. */
  readonly annotatorRule: 'first-by-id';
  readonly roles: Readonly<Record<AttributionRole, SpanScore>>;
}

function predictedSpans(quotes: readonly Quote[], role: AttributionRole): Span[] {
  const pick = (q: Quote): Span | null => (role === 'Source' ? q.speaker : role === 'Cue' ? q.cue : q.content);
  return quotes.map(pick).filter((s): s is Span => s !== null);
}

/**
 * Attribution span scores on a PolNeAR split (a folder with `text/` and `attributions/`):
 * per role, exact-span and overlap F1, micro-averaged over the corpus.
 */
export async function runQuotesEval(options: { readonly corpus: string }): Promise<QuotesEvalReport> {
  if (!(await stat(join(options.corpus, 'attributions')).catch(() => null))) {
    throw new StorylineError('EVAL_DATA_MISSING', `no PolNeAR attributions under ${options.corpus}`);
  }
  const tallies = Object.fromEntries(ROLES.map((r) => [r, new SpanTally()])) as Record<AttributionRole, SpanTally>;
  const documents = await readPolnearSplit(options.corpus);
  for (const document of documents) {
    const article = fixtureArticle(document.text, { titleFirst: true });
    const sentences = segmentArticle(article);
    const quotes = extractQuotes(article, sentences, extractMentions(article, sentences));
    for (const role of ROLES) tallies[role].add(document.gold[role], predictedSpans(quotes, role));
  }
  const roles = Object.fromEntries(ROLES.map((r) => [r, tallies[r].score()])) as Record<AttributionRole, SpanScore>;
  return { corpus: options.corpus, documents: documents.length, annotatorRule: 'first-by-id', roles };
}
