/**
 * Repairs the commonest mojibake in news text: UTF-8 bytes that were decoded as
 * Windows-1252 somewhere upstream ("donâ€™t", "cafÃ©"). Only byte sequences that form a
 * valid UTF-8 character of a plausible kind are rewritten, so legitimate accented text
 * ("café »") is left alone.
 */
import { WINDOWS_1252_SPECIALS } from './windows-1252.js';

const CONT = `[\\u0080-\\u00BF${[...WINDOWS_1252_SPECIALS.keys()].join('')}]`;
/** A UTF-8 lead byte (as its Windows-1252 character) followed by its continuation bytes. */
const SEQUENCE = new RegExp(
  `[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3}`,
  'g',
);

const utf8 = new TextDecoder('utf-8', { fatal: true });

function cp1252Byte(char: string): number {
  const code = char.charCodeAt(0);
  return code <= 0xff ? code : (WINDOWS_1252_SPECIALS.get(char) ?? -1);
}

/**
 * Characters mojibake usually hides: Latin, Greek and Cyrillic letters (2-byte sequences)
 * and typographic punctuation, currency and letterlike symbols (3-byte: ’ “ — € ™), plus
 * emoji. CJK and other 3-byte targets are refused: a valid-looking sequence there is far more
 * often legitimate Latin-1 text ("é" + NBSP + "»") than damage.
 */
function plausible(decoded: string): boolean {
  const code = decoded.codePointAt(0) ?? 0;
  if (code >= 0xa0 && code <= 0x7ff) return true;
  if (code >= 0x2000 && code <= 0x214f) return true;
  return code >= 0x1f000 && code <= 0x1faff;
}

function decodeSequence(sequence: string): string | null {
  const bytes = Array.from(sequence, cp1252Byte);
  if (bytes.some((b) => b < 0)) return null;
  try {
    const decoded = utf8.decode(Uint8Array.from(bytes));
    return plausible(decoded) ? decoded : null;
  } catch {
    return null;
  }
}

function repairOnce(text: string): { text: string; count: number; signature: boolean } {
  let count = 0;
  let signature = false;
  const repaired = text.replace(SEQUENCE, (sequence) => {
    const decoded = decodeSequence(sequence);
    if (decoded === null) return sequence;
    count++;
    if (sequence.startsWith('â€')) signature = true;
    return decoded;
  });
  return { text: repaired, count, signature };
}

/**
 * Returns the repaired text and whether anything changed. The text is rewritten only when
 * the damage is clear: two or more repairable sequences, or one "â€…" sequence (the
 * mangled curly quote or dash, which no real sentence contains). Runs twice to undo text
 * that was mangled twice.
 */
export function repairMojibake(text: string): { text: string; repaired: boolean } {
  let current = text;
  let repaired = false;
  for (let pass = 0; pass < 2; pass++) {
    const attempt = repairOnce(current);
    if (attempt.count === 0 || (attempt.count < 2 && !attempt.signature)) break;
    current = attempt.text;
    repaired = true;
  }
  return { text: current, repaired };
}
