// Scale benchmark (issue 5): streams synthetic articles recombined from the development
// corpora through the engine's real ingest-and-assign path into a fresh SQLite store and
// reports per-article time, memory and event-clustering BCubed at store-size checkpoints.
// Run with `npm run bench:scale -- --articles 100000 [--checkpoints 10000,100000,1000000]
// [--db PATH] [--resume] [--corpora ../shared/corpora] [--per-day 1000] [--seed 1] [--workers N] [--json]`.
// `--workers N` analyses on N worker threads while the main thread assigns (0: all on one thread).
// Checkpoints count stored articles; `--resume` adds `--articles` more to an existing store.
import { parseArgs } from 'node:util';
import { readSourcePool } from './scale/source-pool.js';
import { runScale, type Checkpoint } from './scale/run-scale.js';
import { DEFAULT_GENERATOR } from './scale/synthetic-articles.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    checkpoints: { type: 'string', default: '10000,100000,1000000' },
    db: { type: 'string', default: '/tmp/storyline-scale.db' },
    corpora: { type: 'string', default: new URL('../../shared/corpora', import.meta.url).pathname },
    batch: { type: 'string', default: '500' },
    window: { type: 'string', default: '5000' },
    sample: { type: 'string', default: '5000' },
    'per-day': { type: 'string', default: String(DEFAULT_GENERATOR.perDay) },
    seed: { type: 'string', default: String(DEFAULT_GENERATOR.seed) },
    json: { type: 'boolean', default: false },
    resume: { type: 'boolean', default: false },
    workers: { type: 'string', default: '0' },
  },
});

const positive = (name: string, text: string | undefined): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, got ${text}`);
  return n;
};

const pool = readSourcePool(values.corpora ?? '');
if (pool === null) {
  console.log(`bench:scale skipped: no development corpora at ${values.corpora} (needs summaries/multinews-val.jsonl)`);
  process.exit(0);
}
const articles = positive('articles', values.articles);
const checkpoints = (values.checkpoints ?? '').split(',').map((c) => positive('checkpoints', c.trim()));
const options = {
  articles,
  checkpoints,
  db: values.db ?? '',
  resume: values.resume ?? false,
  workers: Number(values.workers ?? '0'),
  batch: positive('batch', values.batch),
  window: positive('window', values.window),
  sample: positive('sample', values.sample),
  generator: { ...DEFAULT_GENERATOR, seed: positive('seed', values.seed), perDay: positive('per-day', values['per-day']) },
};

const print = (c: Checkpoint): void => {
  if (values.json) return;
  const e = c.perArticleEndToEnd;
  const a = c.perArticleAssign;
  console.log(
    `${c.articles} articles after ${c.elapsedSeconds}s: end-to-end ${e.medianMs} ms/article median, ${e.p95Ms} p95 (${e.samples} batches); ` +
      `CPU ${c.perArticleCpu.medianMs} ms/article median; assign ${a.medianMs} ms median, ${a.p95Ms} p95; RSS ${c.rssMb} MB, peak ${c.peakRssMb} MB; ` +
      `BCubed F1 ${c.bcubed.f1.toFixed(3)} (P ${c.bcubed.precision.toFixed(3)}, R ${c.bcubed.recall.toFixed(3)}, ${c.bcubed.items} articles)`,
  );
};

const results = await runScale(pool, { ...options, onCheckpoint: print });
const first = results[0];
const last = results[results.length - 1];
const ratio = (pick: (c: Checkpoint) => number): number | null => (first && last ? Math.round((pick(last) / pick(first)) * 100) / 100 : null);
const ratios = { wall: ratio((c) => c.perArticleEndToEnd.medianMs), cpu: ratio((c) => c.perArticleCpu.medianMs) };
const summary = { bench: 'scale', options: { ...options, corpora: values.corpora }, checkpoints: results, medianRatioLastToFirst: ratios, node: process.version };
if (values.json) console.log(JSON.stringify(summary, null, 2));
else console.log(`median per-article ratio ${last?.articles} / ${first?.articles}: wall ${ratios.wall}, CPU ${ratios.cpu}`);
