// One Timeline17 topic from raw files to its timelines, timed end to end (read, extract,
// date, generate, score). Issue 4's budget: under 60 s for about 1,500 articles on 2 cores.
// Run with `npm run bench:tls` (builds dist/ first); TOPIC=bpoil by default.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runTlsEval } from '../dist/eval/tls/index.js';

const corpus = resolve(process.env.CORPORA ?? '../shared/corpora', 'timelines/t17');
if (!existsSync(corpus)) {
  console.log(`skipped: Timeline17 not found at ${corpus} (set CORPORA)`);
  process.exit(0);
}
const topic = process.env.TOPIC ?? 'bpoil';
const started = performance.now();
const report = runTlsEval({ corpus, topics: [topic] });
const seconds = (performance.now() - started) / 1000;
const summary = report.topics?.[0] ?? report;
console.log(JSON.stringify({ bench: 'tls-topic', topic, seconds: Number(seconds.toFixed(1)), peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024), articles: summary.articles ?? null }, null, 2));
