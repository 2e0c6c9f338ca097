import { writeFileSync } from 'node:fs';
import { confidenceAfterCleaning, markBoilerplate } from '../../stages/clean/index.js';
import { extractHtml } from '../../stages/extract/index.js';
import { scoreDocuments, aggregateScores, scoreExtraction, type ExtractionScore } from './aeb-metric.js';
import { confidenceSplit, type ConfidenceSplit } from './confidence-deciles.js';
import { openExtractionCorpus, readPage } from './open-extraction-corpus.js';
import { readPredictionsFile } from './read-predictions.js';
import { readabilityArticle } from './readability-baseline.js';
import { asGold, BYLINE_REASONS, GOLD_CONVENTIONS, type GoldConvention } from './gold-conventions.js';

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

export interface SystemResult {
  readonly name: string;
  /** Against the article gold (Dragnet: the part before the comments marker). */
  readonly score: ExtractionScore;
  /** Dragnet only: against the whole gold file, reader comments included. */
  readonly withComments?: ExtractionScore;
  /** Storyline only: lowest-confidence decile of pages against the rest. */
  readonly confidence?: ConfidenceSplit;
  readonly seconds: number;
}

export interface ExtractionEvalReport {
  readonly corpus: string;
  readonly layout: 'aeb' | 'dragnet';
  readonly documents: number;
  readonly systems: readonly SystemResult[];
}

/** Storyline's article text for the metric and the confidence the engine would record. */
export interface StorylineExtraction {
  readonly text: string;
  readonly confidence: number;
}

/**
 * Extraction, then the clean stage's per-article rules (no corpus statistics: AEB has one
 * page per site), the blocks the gold counts as text, one per line: never boilerplate
 * except byline and date lines where the gold keeps them, captions only where the gold
 * keeps them (AEB leaves them out; scoring them cut Storyline's AEB precision from 0.954
 * to 0.947 when measured). The confidence is the one the pipeline stores after cleaning.
 */
export function storylineExtraction(html: string, url?: string, convention: GoldConvention = GOLD_CONVENTIONS.aeb): StorylineExtraction {
  const result = extractHtml(html, url);
  const blocks = markBoilerplate(result.text, result.blocks, result.title);
  const keep = (b: (typeof blocks)[number]): boolean => b.kind === 'boilerplate'
    ? convention.bylines && BYLINE_REASONS.has(b.reason ?? '')
    : b.kind !== 'caption' || convention.captions;
  const body = blocks.filter(keep).map((b) => result.text.slice(b.start, b.end)).join('\n');
  return {
    text: asGold(convention, { title: result.title, byline: '', body }),
    confidence: confidenceAfterCleaning(result.confidence, result.blocks, blocks),
  };
}

export function storylineText(html: string, url?: string): string {
  return storylineExtraction(html, url).text;
}

interface SystemRun {
  readonly predicted: Map<string, string>;
  readonly confidence: Map<string, number>;
  readonly seconds: number;
}

function runSystem(pages: ReadonlyMap<string, string>, fn: (html: string) => StorylineExtraction): SystemRun {
  const started = process.hrtime.bigint();
  const predicted = new Map<string, string>();
  const confidence = new Map<string, number>();
  for (const [id, html] of pages) {
    const out = fn(html);
    predicted.set(id, out.text);
    confidence.set(id, out.confidence);
  }
  return { predicted, confidence, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

function result(name: string, run: SystemRun, gold: ReadonlyMap<string, string>, withComments: ReadonlyMap<string, string> | undefined, ownConfidence: boolean): SystemResult {
  const documents = scoreDocuments(gold, run.predicted);
  return {
    name,
    score: aggregateScores(documents),
    ...(withComments !== undefined ? { withComments: scoreExtraction(withComments, run.predicted) } : {}),
    ...(ownConfidence ? { confidence: confidenceSplit(documents, run.confidence) } : {}),
    seconds: run.seconds,
  };
}

export async function runExtractionEval(opts: ExtractionEvalOptions): Promise<ExtractionEvalReport> {
  const corpus = openExtractionCorpus(opts.corpus);
  const { dir, layout, gold, goldWithComments } = corpus;
  if (opts.predictions !== undefined) {
    const predicted = readPredictionsFile(opts.predictions);
    const run = { predicted, confidence: new Map<string, number>(), seconds: 0 };
    return { corpus: dir, layout, documents: gold.size, systems: [result(opts.predictions, run, gold, goldWithComments, false)] };
  }
  const pages = new Map<string, string>();
  for (const [id, path] of corpus.pages) pages.set(id, readPage(path));
  const convention = GOLD_CONVENTIONS[layout];
  const own = runSystem(pages, (html) => storylineExtraction(html, undefined, convention));
  const systems = [result('storyline', own, gold, goldWithComments, true)];
  if (opts.writePredictions !== undefined) {
    const out: Record<string, { articleBody: string }> = {};
    for (const [id, text] of own.predicted) out[id] = { articleBody: text };
    writeFileSync(opts.writePredictions, `${JSON.stringify(out, null, 1)}\n`);
  }
  if (opts.baselines === true) {
    const baseline = runSystem(pages, (html) => {
      const article = readabilityArticle(html);
      return { text: asGold(convention, { ...article, body: article.text }), confidence: 0 };
    });
    systems.push(result('readability.js', baseline, gold, goldWithComments, false));
  }
  return { corpus: dir, layout, documents: gold.size, systems };
}
