import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readStdin } from './read-stdin.js';

describe('readStdin', () => {
  it('reads JSONL with "-" locators', async () => {
    const read = await readStdin(Readable.from([Buffer.from('{"text": "First."}\n{"te'), Buffer.from('xt": "Second."}\n')]));
    expect(read.locator).toBe('-');
    expect(read.documents.map((d) => [d.locator, d.body])).toEqual([['-#line=1', 'First.'], ['-#line=2', 'Second.']]);
  });

  it('treats unrecognised text as JSONL, so a stray line is a JSON_MALFORMED failure', async () => {
    const read = await readStdin(Readable.from(['not json at all\n']));
    expect(read.failures.map((f) => [f.code, f.locator])).toEqual([['JSON_MALFORMED', '-#line=1']]);
  });

  it('honours a forced format, and still recognises HTML and gzip by content', async () => {
    expect((await readStdin(Readable.from(['Plain text story.']), { format: 'text' })).documents[0]?.kind).toBe('text');
    expect((await readStdin(Readable.from(['<!doctype html><p>Page.</p>']))).documents[0]?.format).toBe('html');
    const gz = await readStdin(Readable.from([gzipSync('{"text": "Zipped."}\n')]));
    expect(gz.documents[0]?.body).toBe('Zipped.');
  });

  it('refuses input over maxBytes without keeping it', async () => {
    const read = await readStdin(Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), { maxBytes: 1000 });
    expect(read).toMatchObject({ blob: null, failures: [{ code: 'INPUT_TOO_LARGE', locator: '-' }] });
  });
});
