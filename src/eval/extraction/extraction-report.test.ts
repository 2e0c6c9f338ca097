import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  confidenceSplit, formatExtractionReport, readGoldText, readPage, runExtractionEval, splitDragnetGold, type DocumentScore,
} from './index.js';

describe('Dragnet gold: article before the comments marker', () => {
  it.each([
    ['!@#$%^&*()  COMMENTS'],
    ['!@#$%^&*() COMMENTS'],
    ['!#@$%^&*()  COMMENTS'],
    ['!@#$%^&*   COMMENTS'],
  ])('splits on the hand-typed marker %j', (marker) => {
    const { content, comments } = splitDragnetGold(`Ferry back\nThe ferry sailed.\n\n${marker}\n\nby reader1\nGreat news.`);
    expect(content).toBe('Ferry back\nThe ferry sailed.\n\n');
    expect(comments).toContain('Great news.');
  });

  it('splits a gold file written with Windows line ends', () => {
    const { content, comments } = splitDragnetGold('Ferry back\r\nThe ferry sailed.\r\n!@#$%^&*()  COMMENTS\r\nby reader1\r\nGreat news.');
    expect(content).toBe('Ferry back\r\nThe ferry sailed.\r\n');
    expect(comments).toContain('Great news.');
  });

  it('keeps a gold without marker whole, and does not split on the word in running text', () => {
    const text = 'COMMENTS were closed, the editor said.\nThe ferry sailed.';
    expect(splitDragnetGold(text)).toEqual({ content: text, comments: '' });
  });
});

describe('reading gold files and pages in the encodings the corpus ships', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-encodings-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const text = 'Fenwick ferry – back in service™';

  it('reads UTF-16 gold with a byte-order mark', () => {
    writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(readGoldText(join(dir, 'utf16.txt'))).toBe(text);
  });

  it('reads gold that is not valid UTF-8 as Windows-1252', () => {
    // 0x96 is the en dash and 0x99 the trade mark sign in Windows-1252.
    writeFileSync(join(dir, 'cp1252.txt'), Buffer.from([...Buffer.from('Fenwick ferry '), 0x96, ...Buffer.from(' back in service'), 0x99]));
    expect(readGoldText(join(dir, 'cp1252.txt'))).toBe(text);
  });

  it('reads a gzipped page in the charset its <meta> declares', () => {
    const html = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Caf'), Buffer.from([0xe9]), Buffer.from(' opens</p></body></html>')]);
    writeFileSync(join(dir, 'page.html.gz'), gzipSync(html));
    expect(readPage(join(dir, 'page.html.gz'))).toContain('Café opens');
  });
});

describe('confidence deciles', () => {
  const doc = (id: string, p: number, r: number): DocumentScore => ({ id, precision: p, recall: r, identical: false });

  it('scores the lowest tenth of pages by confidence against the rest', () => {
    const docs = Array.from({ length: 20 }, (_, i) => doc(`d${String(i).padStart(2, '0')}`, i < 2 ? 0.5 : 1, i < 2 ? 0.25 : 1));
    const confidence = new Map(docs.map((d, i) => [d.id, i / 20]));
    const split = confidenceSplit(docs, confidence);
    expect(split.lowestDecile.documents).toBe(2);
    expect(split.lowestDecile.precision).toBeCloseTo(0.5, 12);
    expect(split.lowestDecile.recall).toBeCloseTo(0.25, 12);
    expect(split.rest.f1).toBe(1);
    expect(split.cutoff).toBeCloseTo(0.05, 12);
  });

  it('rounds the decile up and breaks confidence ties by id', () => {
    const docs = [doc('b', 0, 0), doc('a', 1, 1), doc('c', 1, 1)];
    const split = confidenceSplit(docs, new Map([['a', 0.5], ['b', 0.5], ['c', 0.9]]));
    expect(split.lowestDecile.documents).toBe(1);
    expect(split.lowestDecile.f1).toBe(1);
  });
});

describe('runExtractionEval on a Dragnet-layout folder (self-written pages)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-dragnet-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'gold'));
  mkdirSync(join(dir, 'input'));
  const story = 'The Fenwick ferry sailed on time on Friday, the operator said, after a week of storms kept it in port.';
  const page = `<html><head><title>Fenwick ferry back in service | Fenwick Gazette</title></head><body><article><h1>Fenwick ferry back in service</h1>${`<p>${story}</p>`.repeat(5)}</article>
    <div class="comments"><p>Reader one says the timetable was never the problem at all, and the fares are.</p></div></body></html>`;
  writeFileSync(join(dir, 'input', 'p1.html.gz'), gzipSync(page));
  // Dragnet's convention: the headline opens the gold.
  writeFileSync(join(dir, 'gold', 'p1.txt'), `Fenwick ferry back in service\n\n${`${story}\n`.repeat(5)}\n!@#$%^&*()  COMMENTS\n\nReader one says the timetable was never the problem at all, and the fares are.\n`);

  it('scores against the article part written the Dragnet way, and reports the whole-file score and the confidence split', async () => {
    const report = await runExtractionEval({ corpus: dir });
    expect(report.layout).toBe('dragnet');
    const own = report.systems[0];
    expect(own?.score.f1).toBe(1);
    expect(own?.withComments?.recall).toBeLessThan(1);
    expect(own?.confidence?.lowestDecile.documents).toBe(1);
    const table = formatExtractionReport(report);
    expect(table).toContain('Dragnet');
    expect(table).toContain('reader comments included');
    expect(table).toContain('lowest decile');
  });
});
