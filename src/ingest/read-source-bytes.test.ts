import { describe, expect, it } from 'vitest';
import { readSourceBytes } from './read-source-bytes.js';
import { sha256 } from '../core/hash.js';

describe('readSourceBytes', () => {
  it('hashes the verbatim bytes into the blob', () => {
    const bytes = Buffer.from('Council meets on Thursday.');
    const read = readSourceBytes(bytes, 'note.txt');
    expect(read.blob).toEqual({ hash: sha256(bytes), bytes });
    expect(read.locator).toBe('note.txt');
  });

  it('reports empty input, binary data and oversized input with clear codes', () => {
    expect(readSourceBytes(new Uint8Array(0), 'empty.txt').failures[0]).toMatchObject({ code: 'INPUT_EMPTY', locator: 'empty.txt' });
    const binary = readSourceBytes(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), 'report.pdf');
    expect(binary.failures[0]?.code).toBe('INPUT_BINARY');
    expect(binary.failures[0]?.message).toMatch(/report\.pdf: binary data, not text \(looks like a PDF document\)/);
    expect(binary.blob).not.toBeNull();
    const large = readSourceBytes(Buffer.alloc(2000, 0x61), 'big.txt', { maxBytes: 1000 });
    expect(large.failures[0]?.code).toBe('INPUT_TOO_LARGE');
    expect(large.blob).toBeNull();
  });

  it('obeys a forced format', () => {
    const read = readSourceBytes(Buffer.from('<p>Shown as text.</p>'), 'page.html', { format: 'text' });
    expect(read.documents[0]).toMatchObject({ format: 'text', kind: 'text' });
  });

  it('reads unknown extensions as text when they are not markup or JSON', () => {
    expect(readSourceBytes(Buffer.from('Plain words.'), 'notes.dat').documents[0]?.format).toBe('text');
  });

  it('is deterministic', () => {
    const bytes = Buffer.from('{"text": "a"}\n{"text": "b"}');
    expect(readSourceBytes(bytes, 'x.jsonl')).toEqual(readSourceBytes(bytes, 'x.jsonl'));
  });
});
