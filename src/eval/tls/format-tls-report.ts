import type { TlsEvalReport, TlsScores } from './run-tls-eval.js';

const cells = (s: TlsScores): string[] =>
  [s.ar1.precision, s.ar1.recall, s.ar1.fScore, s.ar2.fScore, s.date.precision, s.date.recall, s.date.fScore].map((x) => x.toFixed(4));

/** The report as a plain table: one row per gold timeline, per topic and overall. */
export function formatTlsReport(report: TlsEvalReport): string {
  const header = ['timeline', 'l', 'k', 'AR1-P', 'AR1-R', 'AR1-F', 'AR2-F', 'Date-P', 'Date-R', 'Date-F'];
  const rows: string[][] = [];
  for (const topic of report.topics) {
    for (const t of topic.tasks) rows.push([t.gold, String(t.dates), String(t.sentences), ...cells(t)]);
    rows.push([`${topic.topic} (${topic.tasks.length} timelines, ${topic.articles} articles, ${topic.seconds.toFixed(1)} s)`, '', '', ...cells(topic.scores)]);
  }
  rows.push([`overall (${report.timelines} timelines, ${report.seconds.toFixed(1)} s)`, '', '', ...cells(report.overall)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (row: readonly string[]): string => row.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return ['Timeline17 (news-tls protocol, align+ m:1 ROUGE, date F1)', line(header), ...rows.map(line)].join('\n');
}
