import type { RawMention } from './type-name.js';

/** Token offsets the hints are aligned to: per sentence, per token. */
export type TokenOffsets = readonly (readonly { readonly start: number; readonly end: number }[])[];

/**
 * What the rules (`ruleMentions`) say about each token, as the tagger's hint features: its position in a
 * rule mention (B/I/L/U), the mention's type, and "!" when a list or cue typed it.
 * "O" where no rule mention covers the token.
 */
export function ruleHints(mentions: readonly RawMention[], tokens: TokenOffsets): string[][] {
  return tokens.map((line) => {
    const hints = line.map(() => 'O');
    const lineStart = line[0]?.start ?? 0;
    const lineEnd = line[line.length - 1]?.end ?? 0;
    for (const m of mentions) {
      // Most mentions sit in other sentences: skip them before looking at tokens.
      if (m.end <= lineStart || m.start >= lineEnd) continue;
      const covered = line.flatMap((t, i) => (t.start < m.end && m.start < t.end ? [i] : []));
      const first = covered[0];
      const last = covered[covered.length - 1];
      if (first === undefined || last === undefined) continue;
      const tag = `${m.type}${m.known ? '!' : ''}`;
      for (const i of covered) hints[i] = `${first === last ? 'U' : i === first ? 'B' : i === last ? 'L' : 'I'}-${tag}`;
    }
    return hints;
  });
}
