import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readSourceBytes } from './read-source-bytes.js';
import { innerName } from './gzip.js';

describe('gzip inputs', () => {
  it('decompresses and dispatches on the inner name', () => {
    const html = gzipSync(Buffer.from('<html><body><p>Tram line opens.</p></body></html>'));
    const jsonl = gzipSync(Buffer.from('{"text": "One."}\n{"text": "Two."}\n'));
    expect(readSourceBytes(html, 'a/article.html.gz').documents[0]).toMatchObject({ format: 'html', locator: 'a/article.html.gz' });
    expect(readSourceBytes(jsonl, 'items.jsonl.gz').documents.map((d) => d.locator)).toEqual(['items.jsonl.gz#line=1', 'items.jsonl.gz#line=2']);
  });

  it('keeps the compressed bytes as the blob the documents point to', () => {
    const compressed = gzipSync(Buffer.from('Quiet day in Westbrook.'));
    const read = readSourceBytes(compressed, 'note.txt.gz');
    expect(read.blob?.bytes).toBe(compressed);
    expect(read.documents[0]?.sourceHash).toBe(read.blob?.hash);
  });

  it('sniffs gzip by its signature whatever the name', () => {
    const read = readSourceBytes(gzipSync(Buffer.from('<!doctype html><p>x</p>')), 'download.bin');
    expect(read.documents[0]?.format).toBe('html');
  });

  it('reports corrupt gzip and keeps the blob', () => {
    const truncated = gzipSync(Buffer.from('Some text that will be cut off in the middle.')).subarray(0, 20);
    const read = readSourceBytes(truncated, 'cut.txt.gz');
    expect(read.failures.map((f) => f.code)).toEqual(['GZIP_CORRUPT']);
    expect(read.failures[0]?.message).toMatch(/^cut\.txt\.gz: gzip data is truncated or corrupt/);
    expect(read.blob?.bytes.length).toBe(20);
  });

  it('refuses output over maxBytes', () => {
    const bomb = gzipSync(Buffer.alloc(100_000, 0x61));
    const read = readSourceBytes(bomb, 'bomb.txt.gz', { maxBytes: 10_000 });
    expect(bomb.length).toBeLessThan(10_000);
    expect(read.failures.map((f) => f.code)).toEqual(['INPUT_TOO_LARGE']);
  });

  it('reads a .gz name on bytes that were already decompressed', () => {
    expect(readSourceBytes(Buffer.from('<html><p>Plain.</p></html>'), 'page.html.gz').documents[0]?.format).toBe('html');
  });

  it('strips only the compression suffix from the name', () => {
    expect(innerName('crawl/x.warc.gz')).toBe('crawl/x.warc');
  });
});
