import { runExtractionEval, type ExtractionEvalReport } from './extraction/index.js';

/** What `storyline eval <task>` passes to a runner. */
export interface EvalRunOptions {
  readonly corpus: string;
  readonly predictions?: string;
  readonly writePredictions?: string;
  readonly baselines: boolean;
  readonly progress: (done: number, total: number) => void;
}

export interface EvalTask {
  /** Corpus folder relative to the corpora root. */
  readonly defaultCorpus: string;
  run(options: EvalRunOptions): Promise<unknown>;
  /** Human-readable table of the report. */
  format(report: unknown): string;
}

/** A table of named figures: `name  0.9575  0.9380  …`. */
export function formatRows(title: string, header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((row) => row.map((c) => (typeof c === 'number' ? (Number.isInteger(c) ? String(c) : c.toFixed(4)) : c)));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (row: readonly string[]): string => row.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [title, line(header), ...cells.map(line)].join('\n');
}

export const EVAL_TASKS = {
  extraction: {
    defaultCorpus: 'extraction/aeb',
    run: (o: EvalRunOptions) =>
      runExtractionEval({
        corpus: o.corpus,
        baselines: o.baselines,
        ...(o.predictions ? { predictions: o.predictions } : {}),
        ...(o.writePredictions ? { writePredictions: o.writePredictions } : {}),
      }),
    format: (report: unknown) => formatExtraction(report),
  },
} satisfies Record<string, EvalTask>;

function formatExtraction(report: unknown): string {
  const r = report as ExtractionEvalReport;
  const rows = r.systems.map((s) => [s.name, s.score.f1, s.score.precision, s.score.recall, s.score.accuracy, s.score.documents, s.seconds]);
  return formatRows(`Article Extraction Benchmark (AEB metric), ${r.documents} pages`, ['system', 'F1', 'P', 'R', 'accuracy', 'docs', 'seconds'], rows);
}
