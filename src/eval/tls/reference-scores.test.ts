import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRougeResources, readTimelineFile, scoreTimeline } from './index.js';

// The reproduction check: the metric, run on the published system timelines shipped with the
// corpora, must give the scores the original Perl ROUGE + tilse computed (reference-scores.json).
const METRICS = join(process.env['STORYLINE_CORPORA'] ?? resolve(process.cwd(), '../shared/corpora'), 'metrics');
const REFERENCE = join(METRICS, 'tls-reference');
const present = existsSync(join(REFERENCE, 'reference-scores.json'));

interface Prf { precision: number; recall: number; f_score: number }
interface ReferenceEntry {
  system_output: string;
  gold: string;
  align_m1: { rouge_1: Prf; rouge_2: Prf };
  date: Prf;
}

describe.skipIf(!present)('tilse reference scores', () => {
  const entries = present ? (JSON.parse(readFileSync(join(REFERENCE, 'reference-scores.json'), 'utf8')) as ReferenceEntry[]) : [];
  const resources = present ? loadRougeResources(join(METRICS, 'rouge155')) : null;

  it('covers every shipped system timeline', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it.each(entries.map((e) => [e.system_output, e] as const))('%s', (_name, entry) => {
    const predicted = readTimelineFile(join(REFERENCE, 'system-output', entry.system_output));
    const gold = readTimelineFile(join(REFERENCE, 'gold', entry.gold));
    const scores = scoreTimeline(predicted, [gold], resources!);
    const close = (actual: { precision: number; recall: number; fScore: number }, expected: Prf): void => {
      expect(actual.precision).toBeCloseTo(expected.precision, 6);
      expect(actual.recall).toBeCloseTo(expected.recall, 6);
      expect(actual.fScore).toBeCloseTo(expected.f_score, 6);
    };
    close(scores.align.rouge1, entry.align_m1.rouge_1);
    close(scores.align.rouge2, entry.align_m1.rouge_2);
    close(scores.date, entry.date);
  });
});
