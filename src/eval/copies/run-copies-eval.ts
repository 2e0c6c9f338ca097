import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { StorylineError } from '../../core/errors.js';
import { cleanArticle } from '../../stages/clean/index.js';
import { copyCandidate, findCopies, MemoryCopyIndex } from '../../stages/dedupe/index.js';
import { articleFromText, fingerprintArticle } from '../../stages/fingerprint/index.js';
import { segmentArticle } from '../../stages/segment/index.js';
import { readMultiNews } from '../clusters/read-multi-news.js';
import { readTimeline17 } from '../clusters/read-timeline17.js';
import { buildCopiesBenchmark } from './build-copies-benchmark.js';
import type { BenchmarkDocument, SourceArticle } from './build-copies-benchmark.js';
import { scoreCopies } from './score-copies.js';
import type { CopyScore } from './score-copies.js';
import { seededRandom } from '../../core/seeded-random.js';

export interface CopiesEvalOptions {
  /** The corpora folder holding `timelines/t17` and `summaries/multinews-val.jsonl`. */
  readonly corpus: string;
  readonly seed?: number;
}

export interface CopiesEvalResult extends CopyScore {
  readonly seed: number;
  readonly documents: number;
  readonly sources: number;
  readonly copies: number;
  /** Copies not linked to their source's group, by transformation they went through. */
  readonly missedByTransform: Readonly<Record<string, number>>;
  readonly copiesByTransform: Readonly<Record<string, number>>;
}

export const DEFAULT_COPIES_SEED = 20240305;

/**
 * The copies benchmark: sources from Timeline17 (event = topic and day) and Multi-News
 * (event = cluster), copies made from them by known transformations, all fed in a seeded
 * random order through the dedupe stage with an incremental `MemoryCopyIndex`, scored
 * pairwise. Throws `EVAL_DATA_MISSING` when neither corpus is present.
 */
export function runCopiesEval(options: CopiesEvalOptions): CopiesEvalResult {
  const seed = options.seed ?? DEFAULT_COPIES_SEED;
  const benchmark = buildCopiesBenchmark(readSources(options.corpus), seed);
  const order = seededRandom(seed + 1).shuffle(benchmark);
  const links = detectCopies(order);
  const score = scoreCopies(benchmark, links);
  const copies = benchmark.filter((d) => d.transforms.length > 0);
  const missedByTransform: Record<string, number> = {};
  const copiesByTransform: Record<string, number> = {};
  const linkedToFamily = familyReach(benchmark, links);
  for (const copy of copies) {
    for (const name of new Set(copy.transforms)) {
      copiesByTransform[name] = (copiesByTransform[name] ?? 0) + 1;
      if (!linkedToFamily(copy)) missedByTransform[name] = (missedByTransform[name] ?? 0) + 1;
    }
  }
  return { ...score, seed, documents: benchmark.length, sources: benchmark.length - copies.length, copies: copies.length, missedByTransform, copiesByTransform };
}

/** Each document's link to the canonical of the best copy found before it, as the engine records it. */
function detectCopies(order: readonly BenchmarkDocument[]): Map<string, string> {
  const index = new MemoryCopyIndex();
  const links = new Map<string, string>();
  for (const doc of order) {
    const article = cleanArticle(articleFromText({ id: doc.id, outlet: doc.outlet, title: doc.title, published: doc.published, text: doc.text }).article);
    const sentences = segmentArticle(article);
    const candidate = copyCandidate(article, sentences, fingerprintArticle(article, sentences));
    const best = findCopies(candidate, index)[0];
    if (best) links.set(doc.id, links.get(best.articleId) ?? best.articleId);
    index.put(candidate);
  }
  return links;
}

/** Whether a copy ended up linked (directly or through its group) to another member of its family. */
function familyReach(documents: readonly BenchmarkDocument[], links: ReadonlyMap<string, string>): (doc: BenchmarkDocument) => boolean {
  const familyOf = new Map(documents.map((d) => [d.id, d.family]));
  const members = new Map<string, string[]>();
  const root = (id: string) => links.get(id) ?? id;
  for (const d of documents) members.set(root(d.id), [...(members.get(root(d.id)) ?? []), d.id]);
  return (doc) => (members.get(root(doc.id)) ?? []).some((id) => id !== doc.id && familyOf.get(id) === doc.family);
}

function readSources(corpus: string): SourceArticle[] {
  const t17 = join(corpus, 'timelines', 't17');
  const multiNews = join(corpus, 'summaries', 'multinews-val.jsonl');
  if (!existsSync(t17) && !existsSync(multiNews)) throw new StorylineError('EVAL_DATA_MISSING', `no corpora at ${corpus}`, { path: corpus });
  const sources: SourceArticle[] = [];
  if (existsSync(t17)) {
    for (const a of readTimeline17(t17)) sources.push({ id: a.id, outlet: a.outlet, published: a.day, title: '', text: a.text, event: `t17:${a.topic}:${a.day}` });
  }
  if (existsSync(multiNews)) {
    for (const cluster of readMultiNews(multiNews)) {
      cluster.documents.forEach((raw, i) => {
        const text = raw.replace(/\r/g, '').replace(/[ \t]*\n[ \t]*\n[ \t]*/g, '\n\n').trim();
        sources.push({ id: `mn_${cluster.cluster}_${i}`, outlet: `mn-${cluster.cluster}-${i}`, published: null, title: '', text, event: `mn:${cluster.cluster}` });
      });
    }
  }
  return sources;
}
