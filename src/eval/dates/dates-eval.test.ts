import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countDocument, parseTimeml, readTempeval, scoreCounts } from './index.js';

// A self-written TimeML document: the DCT sits outside TEXT and must not count as gold.
const SAMPLE = `<?xml version="1.0" ?>
<TimeML><DOCID>SAMPLE1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-06" functionInDocument="CREATION_TIME">March 6, 2024</TIMEX3></DCT>
<TEXT>
The Velden council &amp; its mayor <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2024-03-04">Monday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="PT3H">three hours</TIMEX3>.
</TEXT></TimeML>`;

describe('parseTimeml', () => {
  it('strips tags, decodes entities and keeps TIMEX3 offsets into the plain text', () => {
    const doc = parseTimeml(SAMPLE, 'SAMPLE1');
    expect(doc.dct).toBe('2024-03-06');
    expect(doc.text).toContain('The Velden council & its mayor met Monday for three hours.');
    expect(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value])).toEqual([
      ['Monday', 'DATE', '2024-03-04'],
      ['three hours', 'DURATION', 'PT3H'],
    ]);
  });
});

describe('TempEval-3 scorer', () => {
  const text = 'They met on Monday for three hours last week.';
  const gold = [
    { start: 12, end: 18, type: 'DATE', value: '2024-03-04' }, // Monday
    { start: 23, end: 34, type: 'DURATION', value: 'PT3H' }, // three hours
    { start: 35, end: 44, type: 'DATE', value: '2024-W09' }, // last week
  ];

  it('counts strict, relaxed (one-to-one overlap) and value matches', () => {
    const system = [
      { start: 9, end: 18, type: 'DATE', value: '2024-03-04' }, // "on Monday": relaxed only
      { start: 23, end: 34, type: 'DURATION', value: 'PT3H' }, // exact
      { start: 40, end: 44, type: 'DATE', value: '2024-W10' }, // relaxed, wrong value
      { start: 0, end: 4, type: 'DATE', value: 'PRESENT_REF' }, // spurious
    ];
    const counts = countDocument(text, gold, system);
    expect(counts).toEqual({ gold: 3, system: 4, strict: 1, relaxed: 3, valueMatches: 2, typeMatches: 3 });
    const scores = scoreCounts(counts);
    expect(scores.relaxed.precision).toBeCloseTo(0.75);
    expect(scores.relaxed.recall).toBeCloseTo(1);
    expect(scores.valueAccuracy).toBeCloseTo(2 / 3);
    expect(scores.valueF1).toBeCloseTo((2 / 3) * ((2 * 0.75) / 1.75));
  });

  it('scores an empty system output as zero', () => {
    expect(scoreCounts(countDocument(text, gold, [])).relaxed.f1).toBe(0);
  });
});

// The benchmark lives outside the project (default `../shared/corpora`); measure only when present.
const CORPUS = process.env['STORYLINE_CORPORA'] ?? resolve(process.cwd(), '../shared/corpora');
const present = existsSync(join(CORPUS, 'dates', 'tempeval3'));

describe.skipIf(!present)('TempEval-3 training corpus (TimeBank + AQUAINT)', () => {
  it('reads 256 documents, each with a DCT, and the non-empty gold of their TEXT sections', () => {
    const groups = readTempeval(CORPUS)!;
    const docs = [...groups.values()].flat();
    expect(docs).toHaveLength(256);
    expect(docs.every((d) => d.dct !== null)).toBe(true);
    // 1,822 TIMEX3 besides the DCTs; six short WSJ items have none in their TEXT.
    expect(docs.reduce((n, d) => n + d.timexes.length, 0)).toBe(1822);
    expect(docs.filter((d) => d.timexes.length > 0)).toHaveLength(250);
    for (const doc of docs) for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });

});
