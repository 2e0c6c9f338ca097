import type { EntityType } from '../../core/model.js';
import type { RawMention } from './type-name.js';

type Position = 'B' | 'I' | 'L' | 'U';

/**
 * Every hint string, made once ("B-person!"): the tagger looks each hint up several times
 * per token, and a string it has seen before is found without hashing it again.
 */
const HINTS: ReadonlyMap<string, Readonly<Record<Position, string>>> = new Map(
  (['person', 'organisation', 'place', 'other'] satisfies EntityType[]).flatMap((type) => [type, `${type}!`]).map((tag) => [tag, { B: `B-${tag}`, I: `I-${tag}`, L: `L-${tag}`, U: `U-${tag}` }]),
);

function hintOf(position: Position, tag: string): string {
  return HINTS.get(tag)?.[position] ?? `${position}-${tag}`;
}

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
      for (const i of covered) hints[i] = hintOf(first === last ? 'U' : i === first ? 'B' : i === last ? 'L' : 'I', tag);
    }
    return hints;
  });
}
