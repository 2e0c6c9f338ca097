import type { ExtractionScore } from './aeb-metric.js';
import type { ExtractionEvalReport } from './run-extraction-eval.js';

const f4 = (n: number): string => n.toFixed(4);

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (row: readonly string[]): string => row.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}

const scoreCells = (s: ExtractionScore): string[] => [f4(s.f1), f4(s.precision), f4(s.recall), f4(s.accuracy), String(s.documents)];

/** The human-readable table of `storyline eval extraction` (AEB or Dragnet). */
export function formatExtractionReport(r: ExtractionEvalReport): string {
  const title = r.layout === 'dragnet'
    ? `Dragnet (AEB metric, gold before the comments marker), ${r.documents} pages`
    : `Article Extraction Benchmark (AEB metric), ${r.documents} pages`;
  const lines = [title, ...table(
    ['system', 'F1', 'P', 'R', 'accuracy', 'docs', 'seconds'],
    r.systems.map((s) => [s.name, ...scoreCells(s.score), s.seconds.toFixed(2)]),
  )];
  const withComments = r.systems.filter((s) => s.withComments !== undefined);
  if (withComments.length > 0) {
    lines.push('', 'Against the whole gold file, reader comments included');
    lines.push(...table(['system', 'F1', 'P', 'R', 'accuracy', 'docs'], withComments.map((s) => [s.name, ...scoreCells(s.withComments as ExtractionScore)])));
  }
  for (const s of r.systems) {
    if (s.confidence === undefined) continue;
    const c = s.confidence;
    lines.push('', `${s.name} confidence: lowest decile (confidence ≤ ${c.cutoff.toFixed(3)}) against the rest`);
    lines.push(...table(['pages', 'F1', 'P', 'R', 'accuracy', 'docs'], [
      ['lowest decile', ...scoreCells(c.lowestDecile)],
      ['rest', ...scoreCells(c.rest)],
    ]));
  }
  return lines.join('\n');
}
