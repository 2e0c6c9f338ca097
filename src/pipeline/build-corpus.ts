import type { Article, ArticleAnalysis, RawDocument } from '../core/model.js';
import { failure, isFailure, type Failure } from '../core/errors.js';
import { availableParallelism } from 'node:os';
import { sha256 } from '../core/hash.js';
import { compareNullableStrings } from '../core/text.js';
import { fetchUrl, listInputs, readSourceBytes, readSourceFile, readStdin, type SourceRead } from '../ingest/index.js';
import { extractArticle } from '../stages/extract/index.js';
import { inferPublication } from '../stages/dates/index.js';
import type { Store } from '../store/store.js';
import { analyzeArticle } from './analyze-article.js';
import { AnalysisPool } from './analysis-pool.js';
import { analyseSafely, safely } from './analyse-safely.js';
import { assignCorpus } from './assign-corpus.js';
import { relinkPassages } from './assign-passages.js';
import { entityEvidence, updateEntities } from './update-entities.js';
import type { EntityEvidence } from '../stages/entities/index.js';
import type { LineStats } from '../stages/clean/index.js';
import { loadLineStats, saveLineStats } from './line-stats-state.js';
import { checkStageOrder, stageVersions } from './stage-registry.js';

export interface BuildProgress {
  readonly phase: 'read' | 'analyse' | 'entities';
  readonly done: number;
  readonly total: number;
}

export interface BuildOptions {
  /** Read for the input `-` (JSONL records). */
  readonly stdin?: NodeJS.ReadableStream;
  readonly maxBytes?: number;
  readonly command?: string;
  /** Inputs given as bytes (an HTTP upload), read like files of that name. */
  readonly uploads?: readonly { readonly bytes: Uint8Array; readonly locator: string }[];
  readonly onProgress?: (progress: BuildProgress) => void;
  /**
   * Worker threads that analyse articles while this thread assigns them. 0 (the default)
   * analyses on this thread; `'auto'` uses one per spare core when the run is big enough to
   * pay for starting them (`AUTO_WORKERS_FROM`).
   */
  readonly workers?: number | 'auto';
}

export interface BuildResult {
  readonly runId: string;
  readonly inputs: number;
  readonly documents: number;
  readonly added: number;
  /** Articles already in the store: re-ingesting the same input is a no-op. */
  readonly unchanged: number;
  readonly failures: readonly Failure[];
  /** Ids of added articles whose extraction confidence is below LOW_CONFIDENCE. */
  readonly lowConfidence: readonly string[];
  readonly durationMs: number;
  /** Worker threads that analysed articles (0: all on the calling thread). */
  readonly workers: number;
}

/** Below this extraction confidence an article is flagged (never dropped) in summaries and reports. */
export const LOW_CONFIDENCE = 0.5;
/**
 * Documents from which `workers: 'auto'` starts worker threads: a worker loads the models
 * once (about 0.3 s of CPU), which a run of a few dozen articles does not win back.
 */
export const AUTO_WORKERS_FROM = 200;
/** At most this many workers for `'auto'`: one thread assigns, and past three it is the bottleneck. */
const AUTO_WORKERS_MAX = 3;

/** Documents analysed per chunk: bounds memory on big inputs while line statistics still see many articles. */
const CHUNK = 500;
/**
 * Articles committed together. A commit per article took about a tenth of the corpus
 * step's time in bench/scale.mts (WAL pages of the indexes written again for every
 * article); 50 shares those writes while a killed build loses at most 50 articles' work.
 */
const COMMIT_GROUP = 50;

/**
 * Ingests inputs and analyses what is new, incrementally: every article is saved together
 * with its copy, event and story assignment in one transaction, so a run killed half-way
 * resumes where it stopped without duplicates or gaps.
 */
export async function buildCorpus(store: Store, inputs: readonly string[], options: BuildOptions = {}): Promise<BuildResult> {
  checkStageOrder();
  const started = performance.now();
  const versions = stageVersions();
  const runId = await store.startRun(options.command ?? 'build', sha256(JSON.stringify(versions)), versions);
  const failures: Failure[] = [];
  const record = async (f: Failure): Promise<void> => {
    failures.push(f);
    await store.recordFailure(runId, f);
  };
  const reads = await readAll(inputs, options, record);
  const documents = reads.flatMap((r) => r.documents);
  for (const read of reads) {
    if (read.blob) await store.putSource(read.blob, read.locator);
    for (const f of read.failures) await record(f);
  }
  let added = 0;
  let unchanged = 0;
  const evidence: EntityEvidence[] = [];
  /**
   * The earliest publication day among the new articles: unlinked passages published well
   * before it cannot gain an event from them. Null (try every passage) when a new article
   * is undated (undated events pass any time window) or when nothing was added (a run
   * killed after its last commit left its passages untried).
   */
  let earliestDay: string | null = null;
  let undatedAdded = false;
  const lowConfidence: string[] = [];
  const workers = workerCount(options.workers ?? 0, documents.length);
  // Started with the first new articles: a run that only meets stored ones loads no models.
  const lazy = { pool: null as AnalysisPool | null };
  const poolFor = (articles: readonly Article[]): AnalysisPool | null => (workers > 0 && articles.length > 0 ? (lazy.pool ??= AnalysisPool.open(workers)) : lazy.pool);
  try {
    for (let offset = 0; offset < documents.length; offset += CHUNK) {
      const fresh = await extractNew(store, documents.slice(offset, offset + CHUNK), record);
      unchanged += fresh.unchanged;
      const stats = await loadLineStats(store, fresh.articles);
      const groups: Article[][] = [];
      for (let start = 0; start < fresh.articles.length; start += COMMIT_GROUP) groups.push(fresh.articles.slice(start, start + COMMIT_GROUP));
      // All of the chunk's groups are queued at once: the workers run ahead of the assignment.
      const analysesOf = analyseGroups(poolFor(fresh.articles), groups, stats);
      for (const [i, group] of groups.entries()) {
        await assignGroup(store, runId, group, await analysesOf(i), record, (article, analysis) => {
          evidence.push(entityEvidence(analysis));
          const day = analysis.article.published?.value.slice(0, 10) ?? null;
          if (day === null) undatedAdded = true;
          else if (earliestDay === null || day < earliestDay) earliestDay = day;
          added += 1;
          if (article.extraction.confidence < LOW_CONFIDENCE) lowConfidence.push(article.id);
          options.onProgress?.({ phase: 'analyse', done: offset + added + fresh.unchanged, total: documents.length });
        });
      }
      await saveLineStats(store, stats);
    }
  } finally {
    await lazy.pool?.close();
  }
  await relinkPassages(store, runId, undatedAdded ? null : earliestDay);
  options.onProgress?.({ phase: 'entities', done: 0, total: 1 });
  await updateEntities(store, evidence);
  const result = { runId, inputs: reads.length, documents: documents.length, added, unchanged, failures, lowConfidence, durationMs: Math.round(performance.now() - started), workers: lazy.pool ? workers : 0 };
  await store.finishRun(runId, { inputs: result.inputs, documents: result.documents, added, unchanged, failures: failures.length, durationMs: result.durationMs });
  return result;
}

async function readAll(inputs: readonly string[], options: BuildOptions, record: (f: Failure) => Promise<void>): Promise<SourceRead[]> {
  const reads: SourceRead[] = [];
  const paths = inputs.filter((i) => i !== '-' && !isUrl(i));
  const { files, failures } = listInputs(paths);
  for (const f of failures) await record(f);
  const readOptions = options.maxBytes ? { maxBytes: options.maxBytes } : {};
  let done = 0;
  for (const file of files) {
    reads.push(await readSourceFile(file, readOptions));
    options.onProgress?.({ phase: 'read', done: ++done, total: files.length });
  }
  for (const url of inputs.filter(isUrl)) reads.push(await fetchUrl(url, readOptions));
  for (const upload of options.uploads ?? []) reads.push(readSourceBytes(upload.bytes, upload.locator, readOptions));
  if (inputs.includes('-')) {
    if (options.stdin) reads.push(await readStdin(options.stdin, readOptions));
    else await record(failure('INPUT_NOT_FOUND', '-', 'ingest', 'input "-" given but no standard input is available'));
  }
  return reads;
}

function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

async function extractNew(store: Store, documents: readonly RawDocument[], record: (f: Failure) => Promise<void>): Promise<{ articles: Article[]; unchanged: number }> {
  const articles = new Map<string, Article>();
  let unchanged = 0;
  for (const doc of documents) {
    const extracted = safely(() => extractArticle(doc), doc.locator, 'extract');
    if (isFailure(extracted)) {
      await record(extracted);
      continue;
    }
    if (articles.has(extracted.id) || (await store.hasArticle(extracted.id))) unchanged += 1;
    else articles.set(extracted.id, extracted);
  }
  // Oldest first: events form around the first report and later ones join them.
  const ordered = [...articles.values()].sort((a, b) => compareNullableStrings(a.published?.value, b.published?.value) || compareNullableStrings(a.id, b.id));
  return { articles: ordered, unchanged };
}

function workerCount(requested: number | 'auto', documents: number): number {
  if (documents === 0) return 0;
  if (requested !== 'auto') return requested;
  return documents >= AUTO_WORKERS_FROM ? Math.min(AUTO_WORKERS_MAX, availableParallelism() - 1) : 0;
}

type Analysed = readonly (ArticleAnalysis | Failure)[];

/**
 * The analyses of group `i`: with a pool, every group is sent to the workers at once (a
 * worker that dies only sends its groups back to this thread); without, each group is
 * analysed here when asked for.
 */
function analyseGroups(pool: AnalysisPool | null, groups: readonly Article[][], stats: LineStats): (i: number) => Promise<Analysed> {
  const here = (group: readonly Article[] = []): Analysed => group.map((article) => analyseSafely(article, stats));
  if (!pool) return async (i) => here(groups[i]);
  pool.setStats(stats);
  const sent = groups.map((group) => pool.analyse(group).catch(() => here(group)));
  return (i) => sent[i] ?? Promise.resolve([]);
}

/**
 * Assigns a group of analysed articles in one transaction, each article in its own
 * savepoint. An error rolls back only the article it hit: the group's earlier articles are
 * committed before it is rethrown, so a build that fails (or is killed: the open group is
 * simply lost) resumes without duplicates or gaps.
 */
async function assignGroup(
  store: Store, runId: string, group: readonly Article[], analyses: Analysed, record: (f: Failure) => Promise<void>,
  onAssigned: (article: Article, analysis: ArticleAnalysis) => void,
): Promise<void> {
  let failed: { error: unknown } | null = null;
  await store.transaction(async () => {
    for (const [i, analysed] of analyses.entries()) {
      try {
        const analysis = await assignAnalysed(store, runId, analysed, record);
        if (analysis) onAssigned(group[i] ?? analysis.article, analysis);
      } catch (error) {
        failed = { error };
        return;
      }
    }
  });
  if (failed) throw (failed as { error: unknown }).error;
}

async function assignAnalysed(store: Store, runId: string, analysis: ArticleAnalysis | Failure, record: (f: Failure) => Promise<void>): Promise<ArticleAnalysis | null> {
  if (isFailure(analysis)) {
    await record(analysis);
    return null;
  }
  return store.transaction(async () => {
    await store.saveArticle(analysis, runId);
    const { eventId } = await assignCorpus(store, analysis, runId);
    return (await dateFromEvent(store, analysis, eventId, runId)) ?? analysis;
  });
}

/**
 * An undated article whose dateline lacks only the year gets it from its event's other
 * articles (marked `inferred`), and is analysed again so its relative dates resolve.
 */
async function dateFromEvent(store: Store, analysis: ArticleAnalysis, eventId: string, runId: string): Promise<ArticleAnalysis | null> {
  if (analysis.article.published) return null;
  const event = await store.getEvent(eventId);
  const siblingDays = [event?.firstSeen, event?.lastSeen].filter((d): d is string => typeof d === 'string');
  const inferred = inferPublication(analysis.article, siblingDays);
  if (!inferred) return null;
  const dated = analyzeArticle({ ...analysis.article, published: inferred });
  await store.saveArticle(dated, runId);
  return dated;
}
