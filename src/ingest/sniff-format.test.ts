import { describe, expect, it } from 'vitest';
import { binaryReason, formatFromName, sniffContent } from './sniff-format.js';

const bytes = (text: string): Uint8Array => Buffer.from(text, 'utf8');

describe('formatFromName', () => {
  it.each([
    ['news/a.html', 'html'], ['A.HTM', 'html'], ['items.jsonl', 'jsonl'], ['dump.json', 'json'],
    ['feed.rss', 'feed'], ['feed.atom', 'feed'], ['crawl.warc', 'warc'], ['story.txt', 'text'],
    ['page.html.gz', 'gzip'], ['https://example.org/a.html?x=1#top', 'html'],
  ])('%s → %s', (name, format) => {
    expect(formatFromName(name)).toBe(format);
  });

  it('promises nothing for .xml, unknown extensions and dotfiles', () => {
    expect(formatFromName('feed.xml')).toBeNull();
    expect(formatFromName('article.dat')).toBeNull();
    expect(formatFromName('.hidden')).toBeNull();
  });
});

describe('sniffContent', () => {
  it('recognises each container by its first bytes', () => {
    expect(sniffContent(bytes('  <!DOCTYPE html><html><body>x</body></html>'))).toBe('html');
    expect(sniffContent(bytes('<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>'))).toBe('feed');
    expect(sniffContent(bytes('<feed xmlns="http://www.w3.org/2005/Atom"></feed>'))).toBe('feed');
    expect(sniffContent(bytes('WARC/1.1\r\nWARC-Type: warcinfo\r\n'))).toBe('warc');
    expect(sniffContent(bytes('{"text": "a"}\n{"text": "b"}'))).toBe('json');
    expect(sniffContent(Uint8Array.from([0x1f, 0x8b, 8, 0]))).toBe('gzip');
    expect(sniffContent(bytes('<?xml version="1.0"?><catalogue><book/></catalogue>'))).toBe('xml');
    expect(sniffContent(bytes('The harbour in Port Ellery flooded on Tuesday.'))).toBeNull();
  });
});

describe('binaryReason', () => {
  it('names known binary formats and flags NUL bytes and control-heavy data', () => {
    expect(binaryReason(bytes('%PDF-1.7\n'))).toMatch(/PDF/);
    expect(binaryReason(Uint8Array.from([0x41, 0x00, 0x42]))).toMatch(/NUL byte at offset 1/);
    expect(binaryReason(Uint8Array.from([1, 2, 3, 4, 65, 66]))).toMatch(/control characters/);
  });

  it('accepts text, including UTF-16 with its byte order mark', () => {
    expect(binaryReason(bytes('Plain\ttext\r\nwith lines.'))).toBeNull();
    expect(binaryReason(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi', 'utf16le')]))).toBeNull();
  });
});

describe('names that collide with Object.prototype', () => {
  it('are unknown extensions, not formats', () => {
    expect(formatFromName('odd.constructor')).toBeNull();
    expect(formatFromName('odd.toString')).toBeNull();
  });
});
