import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Quote, Span } from '../../core/model.js';
import { StorylineError } from '../../core/errors.js';
import { extractMentions } from '../../stages/entities/index.js';
import { fixtureArticle } from '../../stages/entities/fixture-article.js';
import { extractQuotes } from '../../stages/quotes/index.js';
import { segmentArticle } from '../../stages/segment/index.js';
import { readBrat } from './read-brat.js';
import { SpanTally, type SpanScore } from './span-metric.js';

export type AttributionRole = 'Source' | 'Cue' | 'Content';
const ROLES: readonly AttributionRole[] = ['Source', 'Cue', 'Content'];

export interface QuotesEvalReport {
  readonly corpus: string;
  readonly documents: number;
  /** Which annotator's file was scored for documents with several: always the first by id. */
  readonly annotatorRule: 'first-by-id';
  readonly roles: Readonly<Record<AttributionRole, SpanScore>>;
}

/** `<name>_<annotator>.ann` → the annotation file used for each text, first annotator id wins. */
async function annotationFiles(folder: string): Promise<Map<string, string>> {
  const chosen = new Map<string, string>();
  for (const file of (await readdir(folder)).filter((f) => f.endsWith('.ann')).sort()) {
    const base = file.replace(/_[^_]+\.ann$/, '');
    if (!chosen.has(base)) chosen.set(base, file);
  }
  return chosen;
}

function goldSpans(ann: string, role: AttributionRole): Span[] {
  const doc = readBrat(ann);
  return [...doc.textBounds.values()].filter((t) => t.label === role).flatMap((t) => t.fragments);
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
  const textFolder = join(options.corpus, 'text');
  const annFolder = join(options.corpus, 'attributions');
  if (!(await stat(annFolder).catch(() => null))) {
    throw new StorylineError('EVAL_DATA_MISSING', `no PolNeAR attributions under ${options.corpus}`);
  }
  const tallies = Object.fromEntries(ROLES.map((r) => [r, new SpanTally()])) as Record<AttributionRole, SpanTally>;
  const files = await annotationFiles(annFolder);
  for (const [base, file] of files) {
    const text = await readFile(join(textFolder, `${base}.txt`), 'utf8');
    const ann = await readFile(join(annFolder, file), 'utf8');
    const article = fixtureArticle(text, { titleFirst: true });
    const sentences = segmentArticle(article);
    const quotes = extractQuotes(article, sentences, extractMentions(article, sentences));
    for (const role of ROLES) tallies[role].add(goldSpans(ann, role), predictedSpans(quotes, role));
  }
  const roles = Object.fromEntries(ROLES.map((r) => [r, tallies[r].score()])) as Record<AttributionRole, SpanScore>;
  return { corpus: options.corpus, documents: files.size, annotatorRule: 'first-by-id', roles };
}
