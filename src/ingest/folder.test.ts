import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listInputs, readSourceFile, type SourceRead } from './index.js';

const FOLDER = join(fileURLToPath(new URL('.', import.meta.url)), '../../test/fixtures/ingest/mixed-folder');

async function readFolder(): Promise<SourceRead[]> {
  const { files, failures } = listInputs([FOLDER]);
  expect(failures).toEqual([]);
  return Promise.all(files.map((file) => readSourceFile(file)));
}

const relative = (locator: string): string => locator.slice(FOLDER.length + 1);

describe('reading a mixed folder end to end', () => {
  it('lists every input in sorted order, without the README or dotfiles', () => {
    expect(listInputs([FOLDER]).files.map(relative)).toEqual([
      'feeds/gazette.xml', 'items.jsonl', 'pages/cafe-copy.html.gz', 'pages/cafe.html', 'pages/empty.txt', 'pages/pixel.gif', 'story.txt',
    ]);
  });

  it('yields one document per article, in input order, with its format', async () => {
    const documents = (await readFolder()).flatMap((read) => read.documents);
    expect(documents.map((d) => [relative(d.locator), d.format, d.kind])).toEqual([
      ['feeds/gazette.xml#item=1', 'feed', 'html'],
      ['items.jsonl#line=1', 'jsonl', 'text'],
      ['items.jsonl#line=3', 'jsonl', 'html'],
      ['pages/cafe-copy.html.gz', 'html', 'html'],
      ['pages/cafe.html', 'html', 'html'],
      ['story.txt', 'text', 'text'],
    ]);
  });

  it('decodes the same page identically whether gzip\'d or not', async () => {
    const reads = await readFolder();
    const [copy, page] = reads.filter((r) => r.locator.includes('cafe')).map((r) => r.documents[0]);
    expect(copy?.body).toBe(page?.body);
    expect(page?.body).toContain('“We’re back,” said owner José Amaral');
    expect(copy?.sourceHash).not.toBe(page?.sourceHash);
  });

  it('reports each bad input with its code and keeps the raw bytes of readable ones', async () => {
    const failures = (await readFolder()).flatMap((read) => read.failures.map((f) => [relative(f.locator), f.code]));
    expect(failures).toEqual([
      ['items.jsonl#line=2', 'JSON_MALFORMED'],
      ['pages/empty.txt', 'INPUT_EMPTY'],
      ['pages/pixel.gif', 'INPUT_BINARY'],
    ]);
    expect((await readFolder()).every((read) => read.blob !== null)).toBe(true);
  });
});

const DEMO = join(fileURLToPath(new URL('.', import.meta.url)), '../../examples/demo-corpus');

describe.skipIf(!existsSync(DEMO))('the demo corpus', () => {
  it('reads all 51 articles in every format without a failure', async () => {
    const { files, failures } = listInputs([DEMO]);
    const reads = await Promise.all(files.map((file) => readSourceFile(file)));
    expect([...failures, ...reads.flatMap((r) => r.failures)]).toEqual([]);
    const documents = reads.flatMap((r) => r.documents);
    expect(documents).toHaveLength(51);
    const formats = new Map<string, number>();
    for (const d of documents) formats.set(d.format, (formats.get(d.format) ?? 0) + 1);
    expect(Object.fromEntries(formats)).toEqual({ jsonl: 12, feed: 12, html: 12, text: 10, warc: 5 });
    expect(documents.filter((d) => d.format === 'warc').every((d) => d.hints.published === undefined && d.hints.extra?.['warcDate'])).toBe(true);
  });
});
