/**
 * Python's `str.split()` / `str.strip()` whitespace, which the reference scorer (tilse) uses.
 * It differs from JavaScript's `\s`: Python counts U+001C–U+001F and U+0085 as whitespace
 * and U+FEFF not, so a port using `\s` would tokenise some real-world text differently.
 */
const PY_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPLIT = new RegExp(`[${PY_SPACE}]+`);
const STRIP = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'g');

/** `s.split()` with no argument: runs of whitespace separate, no empty tokens. */
export function pySplit(text: string): string[] {
  return text.split(SPLIT).filter((token) => token !== '');
}

/** `s.strip()`. */
export function pyStrip(text: string): string {
  return text.replace(STRIP, '');
}

/** Python's `string.punctuation`; tilse drops tokens that are substrings of it. */
export const PY_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
