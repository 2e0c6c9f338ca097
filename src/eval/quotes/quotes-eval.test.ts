import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countExact, countOverlap, readBrat, SpanTally } from './index.js';
import { readPolnearSplit } from './polnear-documents.js';

describe('readBrat', () => {
  it('reads text-bound spans, discontinuous ranges and attribution events', () => {
    const ann = [
      'T1\tSource 0 9\tAna Ruiz,',
      'T2\tCue 10 14\tsaid',
      'T3\tContent 15 30;40 52\t“We will win” “and soon”',
      'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3',
      '#1\tAnnotatorNotes T1\tignored',
    ].join('\n');
    const doc = readBrat(ann);
    expect(doc.textBounds.get('T3')).toMatchObject({ label: 'Content', fragments: [{ start: 15, end: 30 }, { start: 40, end: 52 }] });
    expect(doc.events).toEqual([{ id: 'E1', trigger: 'T2', roles: { Source: 'T1', Cue: 'T2', Content: 'T3' } }]);
  });
});

describe('span metric', () => {
  it('counts exact matches and one-to-one overlaps', () => {
    const gold = [{ start: 0, end: 10 }, { start: 20, end: 30 }];
    const predicted = [{ start: 0, end: 10 }, { start: 22, end: 28 }, { start: 25, end: 35 }];
    expect(countExact(gold, predicted)).toBe(1);
    expect(countOverlap(gold, predicted)).toBe(2);
  });

  it('micro-averages over documents and counts a repeated predicted span once', () => {
    const tally = new SpanTally();
    tally.add([{ start: 0, end: 5 }], [{ start: 0, end: 5 }, { start: 0, end: 5 }]);
    tally.add([{ start: 0, end: 5 }, { start: 8, end: 9 }], []);
    const { exact } = tally.score();
    expect(exact).toMatchObject({ matched: 1, predicted: 1, gold: 3, precision: 1 });
    expect(exact.recall).toBeCloseTo(1 / 3);
    expect(exact.f1).toBeCloseTo(0.5);
  });
});

describe('readPolnearSplit', () => {
  it('scores the first annotator by id, or reads every annotator for training', async () => {
    const root = await mkdtemp(join(tmpdir(), 'polnear-'));
    await mkdir(join(root, 'text'));
    await mkdir(join(root, 'attributions'));
    await writeFile(join(root, 'text', 'ledger_a.txt'), 'Ana Ruiz said the ferry runs.');
    await writeFile(join(root, 'attributions', 'ledger_a_b2.ann'), 'T1\tCue 9 13\tsaid\n');
    await writeFile(join(root, 'attributions', 'ledger_a_a1.ann'), 'T1\tSource 0 8\tAna Ruiz\nT2\tCue 9 13\tsaid\n');
    const first = await readPolnearSplit(root);
    expect(first).toHaveLength(1);
    expect(first[0]?.gold.Source).toEqual([{ start: 0, end: 8 }]);
    expect((await readPolnearSplit(root, { allAnnotators: true })).map((d) => d.gold.Source.length)).toEqual([1, 0]);
  });
});
