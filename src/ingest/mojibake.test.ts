import { describe, expect, it } from 'vitest';
import { repairMojibake } from './mojibake.js';
import { decodeWindows1252 } from './windows-1252.js';

/** Simulates the damage: UTF-8 bytes read as Windows-1252. */
function mangle(text: string): string {
  return decodeWindows1252(Buffer.from(text, 'utf8'));
}

describe('repairMojibake', () => {
  it('restores curly quotes, dashes and accents mangled by a Windows-1252 read', () => {
    const original = 'Councillor Renée Marchand said “we’re ready” — and the café agreed.';
    expect(repairMojibake(mangle(original))).toEqual({ text: original, repaired: true });
  });

  it('restores a closing quote whose third byte is undefined in Windows-1252', () => {
    expect(repairMojibake(mangle('He said “yes” twice.')).text).toBe('He said “yes” twice.');
  });

  it('undoes text that was mangled twice', () => {
    expect(repairMojibake(mangle(mangle('Señor Ruiz’s plan'))).text).toBe('Señor Ruiz’s plan');
  });

  it('leaves correct accented text alone, including é before a non-breaking space and »', () => {
    const french = 'Le maire a parlé\u00a0» devant le café, déjà fermé.';
    expect(repairMojibake(french)).toEqual({ text: french, repaired: false });
  });

  it('does not act on a single ambiguous pair', () => {
    expect(repairMojibake('Model Ã© of the series').repaired).toBe(false);
  });
});
