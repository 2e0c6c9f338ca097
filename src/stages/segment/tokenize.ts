import type { Token } from '../../core/model.js';

// Words (with inner apostrophes, hyphens and periods as in "U.S."), numbers, or one symbol.
const TOKEN = /(?:[\p{L}\p{N}]\.){2,}|[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Tokens of `text` with offsets (plus `base`). */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = (match.index ?? 0) + base;
    tokens.push({ start, end: start + match[0].length, text: match[0] });
  }
  return tokens;
}
