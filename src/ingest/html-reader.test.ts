import { describe, expect, it } from 'vitest';
import { readSourceBytes } from './read-source-bytes.js';

describe('HTML reader', () => {
  it('reads a windows-1252 page declared in <meta charset>', () => {
    const page = Buffer.from('<!DOCTYPE html><html><head><meta charset="windows-1252"><title>Caf\xe9 closes</title></head>'
      + '<body><p>\x93We\x92re sad,\x94 said Jos\xe9 Amaral.</p></body></html>', 'latin1');
    const read = readSourceBytes(page, 'pages/cafe.html');
    expect(read.failures).toEqual([]);
    const document = read.documents[0]!;
    expect(document).toMatchObject({ format: 'html', kind: 'html', encoding: 'windows-1252 (meta)', hints: {} });
    expect(document.body).toContain('<p>“We’re sad,” said José Amaral.</p>');
  });

  it('reads a UTF-8 page with a byte order mark', () => {
    const page = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<html><body><p>Zoë Brandt won.</p></body></html>', 'utf8')]);
    const document = readSourceBytes(page, 'bom.htm').documents[0]!;
    expect(document.encoding).toBe('utf-8 (bom)');
    expect(document.body.startsWith('<html>')).toBe(true);
    expect(document.body).toContain('Zoë Brandt');
  });

  it('repairs a mojibake page and records the repair', () => {
    const mangled = '<html><head><meta charset="utf-8"></head><body><p>The councilâ€™s vote â€” a first for SÃ£o Teodoro.</p></body></html>';
    const document = readSourceBytes(Buffer.from(mangled, 'utf8'), 'mojibake.html').documents[0]!;
    expect(document.encoding).toBe('utf-8 (meta; mojibake repaired)');
    expect(document.body).toContain('The council’s vote — a first for São Teodoro.');
  });

  it('sniffs HTML in a file with an unknown extension', () => {
    const read = readSourceBytes(Buffer.from('<!doctype html><title>x</title><p>Hello</p>'), 'saved/page.bin');
    expect(read.documents[0]?.format).toBe('html');
  });

  it('keeps the blob of a page that yields nothing', () => {
    const read = readSourceBytes(Buffer.from('   \n  '), 'blank.html');
    expect(read.failures.map((f) => f.code)).toEqual(['INPUT_EMPTY']);
    expect(read.blob?.bytes.length).toBe(6);
  });
});
