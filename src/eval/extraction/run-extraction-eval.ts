import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { StorylineError } from '../../core/errors.js';
import { markBoilerplate } from '../../stages/clean/index.js';
import { extractHtml } from '../../stages/extract/index.js';
import { scoreExtraction, type ExtractionScore } from './aeb-metric.js';
import { readPredictionsFile } from './read-predictions.js';
import { readabilityText } from './readability-baseline.js';

export interface ExtractionEvalOptions {
  /**
   * The AEB folder (`ground-truth.json`, `html/`), a corpora root holding `extraction/aeb`,
   * or a Dragnet folder (`gold/<id>.txt`, `input/<id>.html.gz`).
   */
  readonly corpus: string;
  /** Score this AEB-shaped output file instead of running Storyline's extractor. */
  readonly predictions?: string;
  /** Write Storyline's output as `{id: {articleBody}}` JSON here. */
  readonly writePredictions?: string;
  /** Also run Readability.js on the same pages in the same run. */
  readonly baselines?: boolean;
}

export interface ExtractionEvalReport {
  readonly corpus: string;
  readonly documents: number;
  readonly systems: readonly { readonly name: string; readonly score: ExtractionScore; readonly seconds: number }[];
}

interface Corpus {
  readonly dir: string;
  readonly gold: Map<string, string>;
  /** id → path of the page (gzipped or not). */
  readonly pages: Map<string, string>;
}

function listPages(dir: string, gold: ReadonlyMap<string, string>): Map<string, string> {
  const pages = new Map<string, string>();
  for (const file of readdirSync(dir).sort()) {
    const id = file.replace(/\.html?(\.gz)?$/, '');
    if (gold.has(id)) pages.set(id, join(dir, file));
  }
  return pages;
}

/**
 * AEB layout (`ground-truth.json` + `html/<id>.html.gz`) or Dragnet layout
 * (`gold/<id>.txt` + `input/<id>.html.gz`); `corpus` may also be the corpora root.
 */
function openCorpus(corpus: string): Corpus {
  for (const dir of [corpus, join(corpus, 'aeb'), join(corpus, 'extraction', 'aeb')]) {
    if (!existsSync(join(dir, 'ground-truth.json'))) continue;
    const gold = readPredictionsFile(join(dir, 'ground-truth.json'));
    return { dir, gold, pages: listPages(join(dir, 'html'), gold) };
  }
  if (existsSync(join(corpus, 'gold')) && existsSync(join(corpus, 'input'))) {
    const gold = new Map<string, string>();
    for (const file of readdirSync(join(corpus, 'gold')).sort()) {
      if (file.endsWith('.txt')) gold.set(file.slice(0, -4), readFileSync(join(corpus, 'gold', file), 'utf8'));
    }
    return { dir: corpus, gold, pages: listPages(join(corpus, 'input'), gold) };
  }
  throw new StorylineError('EVAL_DATA_MISSING', `no AEB or Dragnet corpus under ${corpus}`, { corpus });
}

function readPage(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/**
 * Storyline's article text for the metric: extraction, then the clean stage's per-article
 * rules (no corpus statistics: AEB has one page per site), every block that is neither
 * boilerplate nor a caption, one per line.
 */
export function storylineText(html: string, url?: string): string {
  const result = extractHtml(html, url);
  return markBoilerplate(result.text, result.blocks, result.title)
    .filter((b) => b.kind !== 'boilerplate' && !EXCLUDED_KINDS.has(b.kind))
    .map((b) => result.text.slice(b.start, b.end))
    .join('\n');
}

/**
 * AEB's gold articleBody leaves out image captions (scoring them cut Storyline's AEB
 * precision from 0.954 to 0.947 when measured), so caption blocks are not scored.
 */
const EXCLUDED_KINDS: ReadonlySet<string> = new Set(['caption']);

function runSystem(name: string, pages: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>, fn: (html: string) => string) {
  const started = process.hrtime.bigint();
  const predicted = new Map<string, string>();
  for (const [id, html] of pages) predicted.set(id, fn(html));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { name, predicted, result: { name, score: scoreExtraction(gold, predicted), seconds } };
}

export async function runExtractionEval(opts: ExtractionEvalOptions): Promise<ExtractionEvalReport> {
  const { dir, gold, pages: paths } = openCorpus(opts.corpus);
  const systems: ExtractionEvalReport['systems'][number][] = [];
  if (opts.predictions !== undefined) {
    systems.push({ name: opts.predictions, score: scoreExtraction(gold, readPredictionsFile(opts.predictions)), seconds: 0 });
    return { corpus: dir, documents: gold.size, systems };
  }
  const pages = new Map<string, string>();
  for (const [id, path] of paths) pages.set(id, readPage(path));
  const own = runSystem('storyline', pages, gold, (html) => storylineText(html));
  systems.push(own.result);
  if (opts.writePredictions !== undefined) {
    const out: Record<string, { articleBody: string }> = {};
    for (const [id, text] of own.predicted) out[id] = { articleBody: text };
    writeFileSync(opts.writePredictions, `${JSON.stringify(out, null, 1)}\n`);
  }
  if (opts.baselines === true) systems.push(runSystem('readability.js', pages, gold, readabilityText).result);
  return { corpus: dir, documents: gold.size, systems };
}
