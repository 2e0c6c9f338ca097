import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatTlsReport, runTlsEval } from './index.js';

// A fictional Timeline17-layout corpus: one topic ("ost"), two outlets, one gold timeline each.
const root = mkdtempSync(join(tmpdir(), 'tls-eval-'));
const corpus = join(root, 'timelines/t17');
const rouge = join(root, 'metrics/rouge155');
const SEP = '-'.repeat(32);

function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

write(join(rouge, 'smart_common_words.txt'), 'the\na\nof\non\nin\n');
write(join(rouge, 'wordnet2_exc.json'), '{}');
write(join(corpus, 'ost_wire/InputDocs/2031-03-03/1.htm.txt'), 'Engineers found new cracks in the Ost dam wall on Monday .\n');
write(join(corpus, 'ost_wire/InputDocs/2031-03-05/1.htm.txt'), 'The Ost dam wall collapsed on Wednesday , flooding three villages .\n');
write(join(corpus, 'ost_daily/InputDocs/2031-03-06/1.htm.txt'), 'Villagers counted the damage after the Ost dam collapsed on March 5 .\n');
write(join(corpus, 'ost_daily/InputDocs/2031-04-30/1.htm.txt'), 'Months later the Ost dam inquiry opened in the capital city .\n');
write(join(corpus, 'ost_wire/timelines/wire.txt'),
  `2031-03-03\nCracks are found in the Ost dam wall .\n${SEP}\n2031-03-05\nThe Ost dam wall collapses .\n${SEP}\n`);
write(join(corpus, 'ost_daily/timelines/daily.txt'), `2031-03-05\nThe dam collapses and floods villages .\nThree villages are flooded .\n${SEP}\n`);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('runTlsEval', () => {
  const out = join(root, 'predicted');
  const report = runTlsEval({ corpus, writeTimelines: out });

  it('runs one task per gold timeline with l and k taken from the gold', () => {
    expect(report.topics.map((t) => t.topic)).toEqual(['ost']);
    const tasks = report.topics[0]?.tasks ?? [];
    expect(tasks.map((t) => [t.gold, t.dates, t.sentences])).toEqual([
      ['ost_daily/daily.txt', 1, 2],
      ['ost_wire/wire.txt', 2, 1],
    ]);
  });

  it('uses only articles published within the gold timeline’s span', () => {
    const tasks = report.topics[0]?.tasks ?? [];
    expect(tasks.map((t) => t.articles)).toEqual([1, 2]);
  });

  it('finds the gold dates of this small story and averages P and R before F', () => {
    expect(report.overall.date.fScore).toBe(1);
    const { ar1 } = report.overall;
    expect(ar1.fScore).toBeCloseTo((2 * ar1.precision * ar1.recall) / (ar1.precision + ar1.recall), 12);
    expect(ar1.fScore).toBeGreaterThan(0);
  });

  it('writes the generated timelines in the standard format and formats a table', () => {
    expect(readFileSync(join(out, 'ost_wire/wire.txt'), 'utf8').split('\n')[0]).toBe('2031-03-03');
    expect(formatTlsReport(report)).toContain('overall (2 timelines');
  });
});
