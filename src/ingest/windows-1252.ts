/**
 * Windows-1252, the charset of most undeclared Western pages. Decoded here rather than with
 * TextDecoder because Node 20's TextDecoder('windows-1252') takes a Latin-1 fast path and
 * turns bytes 0x80–0x9F (curly quotes, dashes, €) into C1 control characters.
 */

/** Bytes 0x80–0x9F; the five bytes Windows-1252 leaves undefined map to the same C1 code point (WHATWG). */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? (HIGH[b - 0x80] ?? b) : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Characters Windows-1252 puts at 0x80–0x9F, mapped back to their byte. */
export const WINDOWS_1252_SPECIALS: ReadonlyMap<string, number> = new Map(
  HIGH.map((code, i) => [String.fromCharCode(code), 0x80 + i] as const).filter(([, byte]) => HIGH[byte - 0x80]! > 0xff),
);
