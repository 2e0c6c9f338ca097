// Times `storyline build` of the bundled demo corpus from an empty database, end to end
// (read, analyse, assign, write the report), several times; prints the median.
// Run with `npm run bench:demo` (builds dist/ first).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../dist/index.js';

const RUNS = Number(process.env.RUNS ?? 5);
const corpus = new URL('../examples/demo-corpus', import.meta.url).pathname;
const times = [];
let articles = 0;
for (let i = 0; i < RUNS; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-bench-'));
  const started = performance.now();
  const engine = await createEngine({ db: join(dir, 'demo.db') });
  const result = await engine.build([corpus]);
  await engine.writeReport(join(dir, 'report'));
  await engine.close();
  times.push((performance.now() - started) / 1000);
  articles = result.added;
  rmSync(dir, { recursive: true, force: true });
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(JSON.stringify({ bench: 'demo-build', runs: RUNS, articles, medianSeconds: Number(median.toFixed(3)), minSeconds: Number(times[0].toFixed(3)), maxSeconds: Number(times[times.length - 1].toFixed(3)), node: process.version }, null, 2));
