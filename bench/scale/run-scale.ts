import { rmSync } from 'node:fs';
import { bcubed, type BCubedScore } from '../../src/eval/clusters/index.js';
import { buildCorpus } from '../../src/pipeline/build-corpus.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import type { SourcePool } from './source-pool.js';
import { SlidingWindow } from './sliding-window.js';
import { syntheticArticles, type GeneratorOptions, type SyntheticArticle } from './synthetic-articles.js';
import { windowStats, type WindowStats } from './window-stats.js';

export interface ScaleOptions {
  readonly articles: number;
  /** Store sizes (articles) at which a checkpoint is reported. */
  readonly checkpoints: readonly number[];
  readonly db: string;
  /** Articles per `buildCorpus` call: one run of the engine, as a feed poller would send them. */
  readonly batch: number;
  /** Articles before a checkpoint whose timings it summarises. */
  readonly window: number;
  /** Latest articles before a checkpoint whose event clustering is scored. */
  readonly sample: number;
  readonly generator: GeneratorOptions;
  /** Continue an existing store: the generator skips the articles it already holds. */
  readonly resume?: boolean;
  readonly onCheckpoint?: (checkpoint: Checkpoint) => void;
  /** Analysis worker threads per `buildCorpus` call (its `workers` option). */
  readonly workers?: number;
}

export interface Checkpoint {
  readonly articles: number;
  readonly elapsedSeconds: number;
  /** Wall time of whole `buildCorpus` calls divided by their articles: ingest, analysis, assignment, entities. */
  readonly perArticleEndToEnd: WindowStats;
  /** Process CPU time (user + system) of whole calls divided by their articles: wall time without the machine's other load. */
  readonly perArticleCpu: WindowStats;
  /** Time between consecutive analysed-and-assigned articles inside the calls. */
  readonly perArticleAssign: WindowStats;
  readonly rssMb: number;
  readonly peakRssMb: number;
  /** Event clustering against the generator's labels, on the latest `sample` articles. */
  readonly bcubed: BCubedScore;
}

interface Labelled {
  readonly url: string;
  readonly event: string;
  readonly day: string;
}

/**
 * Feeds a fresh SQLite store with synthetic articles through `buildCorpus` (the path
 * `storyline build` runs), batch by batch, and reports timings, memory and clustering
 * quality at each checkpoint. Only bounded windows of timings and labels are kept.
 */
export async function runScale(pool: SourcePool, options: ScaleOptions): Promise<Checkpoint[]> {
  if (!options.resume) for (const suffix of ['', '-wal', '-shm']) rmSync(`${options.db}${suffix}`, { force: true });
  const store = new SqliteStore(options.db);
  const stream = syntheticArticles(pool, options.generator);
  const stored = await store.countArticles();
  take(stream, stored);
  const endToEnd = new SlidingWindow<number>(Math.ceil(options.window / options.batch));
  const cpu = new SlidingWindow<number>(Math.ceil(options.window / options.batch));
  const assign = new SlidingWindow<number>(options.window);
  const labels = new SlidingWindow<Labelled>(options.sample);
  const pendingCheckpoints = [...options.checkpoints].sort((a, b) => a - b);
  const checkpoints: Checkpoint[] = [];
  const started = performance.now();
  let done = stored;
  try {
    while (done < stored + options.articles) {
      const batch = take(stream, Math.min(options.batch, stored + options.articles - done));
      const bytes = Buffer.from(batch.map((a) => JSON.stringify(a.record)).join('\n'));
      const callStarted = performance.now();
      const cpuStarted = process.cpuUsage();
      let last = callStarted;
      const result = await buildCorpus(store, [], {
        command: 'bench:scale',
        workers: options.workers ?? 0,
        uploads: [{ bytes, locator: `synthetic-${done}.jsonl` }],
        onProgress: (progress) => {
          if (progress.phase !== 'analyse') return;
          const now = performance.now();
          assign.push(now - last);
          last = now;
        },
      });
      endToEnd.push((performance.now() - callStarted) / Math.max(1, batch.length));
      const cpuUsed = process.cpuUsage(cpuStarted);
      cpu.push((cpuUsed.user + cpuUsed.system) / 1000 / Math.max(1, batch.length));
      if (result.added < batch.length) process.emitWarning(`batch at ${done}: ${batch.length - result.added} articles not added`);
      for (const article of batch) labels.push({ url: article.record.url, event: article.event, day: article.record.published.slice(0, 10) });
      done += batch.length;
      while (pendingCheckpoints[0] !== undefined && done >= pendingCheckpoints[0]) {
        pendingCheckpoints.shift();
        const checkpoint = await measure(store, done, started, { endToEnd: endToEnd.values(), cpu: cpu.values(), assign: assign.values() }, labels.values());
        checkpoints.push(checkpoint);
        options.onCheckpoint?.(checkpoint);
      }
    }
    // A run that reached no checkpoint still reports where it ended.
    if (checkpoints.length === 0) {
      const checkpoint = await measure(store, done, started, { endToEnd: endToEnd.values(), cpu: cpu.values(), assign: assign.values() }, labels.values());
      checkpoints.push(checkpoint);
      options.onCheckpoint?.(checkpoint);
    }
  } finally {
    await store.close();
  }
  return checkpoints;
}

function take(stream: Iterator<SyntheticArticle>, count: number): SyntheticArticle[] {
  const out: SyntheticArticle[] = [];
  while (out.length < count) {
    const next = stream.next();
    if (next.done) break;
    out.push(next.value);
  }
  return out;
}

async function measure(store: Store, articles: number, started: number, timings: { endToEnd: number[]; cpu: number[]; assign: number[] }, labels: Labelled[]): Promise<Checkpoint> {
  const usage = process.resourceUsage();
  return {
    articles,
    elapsedSeconds: Math.round((performance.now() - started) / 100) / 10,
    perArticleEndToEnd: windowStats(timings.endToEnd),
    perArticleCpu: windowStats(timings.cpu),
    perArticleAssign: windowStats(timings.assign),
    rssMb: Math.round(process.memoryUsage.rss() / 2 ** 20),
    peakRssMb: Math.round(usage.maxRSS / 1024),
    bcubed: await scoreSample(store, labels),
  };
}

/** BCubed of the store's events against the gold events, over the sampled articles. */
async function scoreSample(store: Store, labels: readonly Labelled[]): Promise<BCubedScore> {
  const byUrl = new Map(labels.map((l) => [l.url, l.event]));
  const firstDay = labels.reduce((min, l) => (l.day < min ? l.day : min), labels[0]?.day ?? '');
  const gold = new Map<string, string>();
  const predicted = new Map<string, string>();
  for (const summary of await store.listArticles({ from: firstDay })) {
    const event = summary.url ? byUrl.get(summary.url) : undefined;
    if (event === undefined) continue;
    gold.set(summary.id, event);
    const assigned = await store.eventOfArticle(summary.id);
    if (assigned) predicted.set(summary.id, assigned);
  }
  return bcubed(gold, predicted);
}
