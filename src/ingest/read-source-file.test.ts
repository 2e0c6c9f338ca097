import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSourceFile } from './read-source-file.js';

describe('readSourceFile', () => {
  let root = '';
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'storyline-read-'));
    writeFileSync(join(root, 'story.txt'), 'title: Bridge vote\n\nThe bridge vote passed 7 to 2.\n');
    writeFileSync(join(root, 'items.jsonl.gz'), gzipSync('{"text": "One."}\n'));
    writeFileSync(join(root, 'big.html'), 'x'.repeat(5000));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads a file with the path as locator', async () => {
    const path = join(root, 'story.txt');
    const read = await readSourceFile(path);
    expect(read.locator).toBe(path);
    expect(read.documents[0]).toMatchObject({ locator: path, hints: { title: 'Bridge vote' } });
  });

  it('reads gzip files from disk', async () => {
    const read = await readSourceFile(join(root, 'items.jsonl.gz'));
    expect(read.documents.map((d) => d.body)).toEqual(['One.']);
  });

  it('turns a missing file, a folder and an oversized file into failures', async () => {
    const missing = await readSourceFile(join(root, 'missing.txt'));
    expect(missing).toMatchObject({ blob: null, documents: [], failures: [{ code: 'INPUT_NOT_FOUND' }] });
    expect((await readSourceFile(root)).failures[0]?.code).toBe('INPUT_UNREADABLE');
    const big = await readSourceFile(join(root, 'big.html'), { maxBytes: 1000 });
    expect(big.failures[0]).toMatchObject({ code: 'INPUT_TOO_LARGE' });
    expect(big.failures[0]?.message).toMatch(/5000 bytes is over the limit of 1000 bytes/);
  });
});
