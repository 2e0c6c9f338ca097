import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPORA } from '../../../test/helpers/corpora.js';
import { tagTimexes } from '../../stages/dates/index.js';
import { exportTimeml, systemTimeml } from './export-timeml.js';
import { readTempeval } from './run-dates-eval.js';
import { addCounts, countDocument, EMPTY_COUNTS } from './tempeval-scorer.js';
import { parseTimeml, readTimemlFile } from './timeml-reader.js';

const GOLD = `<?xml version="1.0" ?>
<TimeML>
<DOCID>fiction_1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-03-14" temporalFunction="false" functionInDocument="CREATION_TIME">March 14, 2025</TIMEX3></DCT>
<TEXT>The Harlow &amp; Vance board met <TIMEX3 tid="t1" type="DATE" value="2025-03-10">on Monday</TIMEX3> and will vote <TIMEX3 tid="t2" type="DATE" value="2025-04">next month</TIMEX3> on the 5% &lt;levy&gt;.</TEXT>
</TimeML>`;

describe('systemTimeml', () => {
  const gold = parseTimeml(GOLD, 'fiction_1');
  const system = tagTimexes(gold.text, gold.dct ?? '');
  const exported = parseTimeml(systemTimeml(gold, system), 'fiction_1');

  it('keeps the text byte for byte, so offsets agree with the gold file', () => {
    expect(exported.text).toBe(gold.text);
    expect(exported.dct).toBe('2025-03-14');
  });

  it('writes each system expression as a TIMEX3 with its type and value', () => {
    expect(system.length).toBeGreaterThan(0);
    expect(exported.timexes.map((t) => [t.start, t.end, t.type, t.value])).toEqual(system.map((t) => [t.start, t.end, t.type, t.value]));
    expect(exported.timexes.map((t) => t.text)).toContain('next month');
  });
});

describe('exported TimeML scores the same as the in-memory run', () => {
  const corpusDir = join(CORPORA, 'dates', 'tempeval3');
  it.skipIf(!existsSync(corpusDir))('on the TimeBank documents, file by file', () => {
    const groups = readTempeval(corpusDir);
    const docs = (groups?.get('TimeBank') ?? []).slice(0, 40);
    const out = mkdtempSync(join(tmpdir(), 'storyline-timeml-'));
    try {
      exportTimeml(new Map([['TimeBank', docs]]), out);
      let direct = EMPTY_COUNTS;
      let fromFiles = EMPTY_COUNTS;
      for (const doc of docs) {
        const system = tagTimexes(doc.text, doc.dct ?? '');
        direct = addCounts(direct, countDocument(doc.text, doc.timexes, system));
        const written = readTimemlFile(join(out, 'TimeBank', `${doc.id}.tml`), doc.id);
        expect(written.text).toBe(doc.text);
        fromFiles = addCounts(fromFiles, countDocument(doc.text, doc.timexes, written.timexes.map((t) => ({ ...t, granularity: null, anchor: 'none' as const, confidence: 1 }))));
      }
      expect(direct.gold).toBeGreaterThan(100);
      expect(fromFiles).toEqual(direct);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
