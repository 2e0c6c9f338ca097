import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.js';

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const cp1252 = (text: string): Uint8Array => Buffer.from(text, 'latin1');

describe('decodeBytes', () => {
  it('honours a UTF-8 byte order mark and strips it', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('<p>Café Lumière</p>')]);
    expect(decodeBytes(bytes, { prescan: true })).toEqual({ text: '<p>Café Lumière</p>', encoding: 'utf-8 (bom)' });
  });

  it('decodes UTF-16LE text announced by its byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Mayor Ilse Varga spoke.', 'utf16le')]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Mayor Ilse Varga spoke.', encoding: 'utf-16le (bom)' });
  });

  it('uses a <meta charset> declaration in the first 4 KB', () => {
    const page = cp1252('<html><head><meta charset="windows-1252"></head><body>Z\xfcrich r\xe9sum\xe9</body></html>');
    const decoded = decodeBytes(page, { prescan: true });
    expect(decoded.encoding).toBe('windows-1252 (meta)');
    expect(decoded.text).toContain('Zürich résumé');
  });

  it('reads the charset from an http-equiv content-type and maps iso-8859-1 to windows-1252', () => {
    const page = cp1252('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>\x93Quoted\x94 na\xefve</p>');
    const decoded = decodeBytes(page, { prescan: true });
    expect(decoded.encoding).toBe('windows-1252 (meta)');
    expect(decoded.text).toContain('“Quoted” naïve');
  });

  it('lets the transport charset win over the in-page declaration', () => {
    const page = utf8('<meta charset="windows-1252"><p>Señora Ortega</p>');
    expect(decodeBytes(page, { prescan: true, declaredCharset: 'utf-8' })).toMatchObject({ encoding: 'utf-8 (http)' });
  });

  it('detects valid UTF-8 and falls back to windows-1252 otherwise', () => {
    expect(decodeBytes(utf8('Ex-minister Dąbrowska arrived.')).encoding).toBe('utf-8 (detected)');
    const latin = decodeBytes(cp1252('The caf\xe9 on Rue Verte reopened.'));
    expect(latin).toEqual({ text: 'The café on Rue Verte reopened.', encoding: 'windows-1252 (fallback)' });
  });

  it('treats a false utf-8 declaration on a Windows-1252 page as Windows-1252', () => {
    const page = cp1252('<meta charset="utf-8"><p>Caf\xe9 owner Jos\xe9 Pardo</p>');
    const decoded = decodeBytes(page, { prescan: true });
    expect(decoded.encoding).toBe('windows-1252 (meta said utf-8, invalid)');
    expect(decoded.text).toContain('Café owner José Pardo');
  });

  it('ignores an unknown charset label and goes on detecting', () => {
    expect(decodeBytes(utf8('<meta charset="klingon-8"><p>Hello</p>'), { prescan: true }).encoding).toBe('utf-8 (detected)');
  });

  it('repairs mojibake and says so in the encoding', () => {
    const decoded = decodeBytes(utf8('The mayorâ€™s office said itâ€™s closed.'));
    expect(decoded.text).toBe('The mayor’s office said it’s closed.');
    expect(decoded.encoding).toBe('utf-8 (detected; mojibake repaired)');
  });
});
