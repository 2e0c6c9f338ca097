// Extraction speed over the whole AEB set: Storyline's extractHtml, Readability.js on jsdom
// and Readability.js on linkedom, side by side in one run with the same process setup for
// each: every system runs in its own child process, which loads and decompresses all pages
// before timing, makes one untimed warm-up pass, then times RUNS passes. Reports the median
// pass as pages/second and the child's peak RSS. Prints a JSON summary.
// Run with `npm run bench:extract` (builds dist/ first). Usage:
//   node bench/extract-speed.mjs [AEB folder, default ../shared/corpora/extraction/aeb]
// RUNS=5 by default (odd, so the median is one measured pass).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const SYSTEMS = ['storyline', 'readability-jsdom', 'readability-linkedom'];
const RUNS = Math.max(1, Number(process.env.RUNS ?? 5));
const self = fileURLToPath(import.meta.url);

async function loadSystem(name) {
  if (name === 'storyline') {
    const { extractHtml } = await import('../dist/stages/extract/index.js');
    return (html) => extractHtml(html).text;
  }
  const { Readability } = await import('@mozilla/readability');
  if (name === 'readability-jsdom') {
    const { JSDOM, VirtualConsole } = await import('jsdom');
    return (html) => {
      const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
      const text = new Readability(dom.window.document).parse()?.textContent ?? '';
      dom.window.close();
      return text;
    };
  }
  const { parseHTML } = await import('linkedom');
  return (html) => new Readability(parseHTML(html).document).parse()?.textContent ?? '';
}

function loadPages(dir) {
  const htmlDir = join(dir, 'html');
  return readdirSync(htmlDir).filter((f) => /\.html?(\.gz)?$/.test(f)).sort().map((f) => {
    const bytes = readFileSync(join(htmlDir, f));
    return (f.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  });
}

/** One pass over all pages; a page that throws counts as done (the caller sees `failed`). */
function pass(extract, pages) {
  let failed = 0;
  let chars = 0;
  const started = process.hrtime.bigint();
  for (const html of pages) {
    try {
      chars += extract(html).length;
    } catch {
      failed++;
    }
  }
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, failed, chars };
}

async function child(name, dir) {
  const pages = loadPages(dir);
  const extract = await loadSystem(name);
  const warmup = pass(extract, pages);
  const seconds = [];
  for (let i = 0; i < RUNS; i++) seconds.push(pass(extract, pages).seconds);
  const sorted = [...seconds].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  process.stdout.write(JSON.stringify({
    system: name,
    pages: pages.length,
    runs: RUNS,
    medianSeconds: Number(median.toFixed(3)),
    pagesPerSecond: Number((pages.length / median).toFixed(1)),
    secondsPerRun: seconds.map((s) => Number(s.toFixed(3))),
    failedPages: warmup.failed,
    // maxRSS is in kilobytes; it includes the pre-loaded pages, the same for every system.
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }));
}

function parent(dir) {
  if (!existsSync(join(dir, 'html'))) {
    console.log(JSON.stringify({ bench: 'extract-speed', skipped: `AEB corpus not found at ${dir} (pass its folder as the first argument)` }));
    return;
  }
  const results = [];
  for (const name of SYSTEMS) {
    const run = spawnSync(process.execPath, [...process.execArgv, self, '--child', name, dir], { encoding: 'utf8', maxBuffer: 1 << 24, env: { ...process.env, RUNS: String(RUNS) } });
    if (run.status !== 0) throw new Error(`${name} failed: ${run.stderr}`);
    results.push(JSON.parse(run.stdout));
  }
  const rate = Object.fromEntries(results.map((r) => [r.system, r.pagesPerSecond]));
  console.log(JSON.stringify({
    bench: 'extract-speed',
    corpus: dir,
    node: process.version,
    systems: results,
    storylineVsJsdom: Number((rate.storyline / rate['readability-jsdom']).toFixed(2)),
    storylineVsLinkedom: Number((rate.storyline / rate['readability-linkedom']).toFixed(2)),
  }, null, 2));
}

const args = process.argv.slice(2);
if (args[0] === '--child') await child(args[1], args[2]);
else parent(resolve(args[0] ?? '../shared/corpora/extraction/aeb'));
