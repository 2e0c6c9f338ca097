import { fromMatch, type Parser } from '../context.js';

/** What an anaphoric expression says: which unit, and how many of them from its antecedent. */
export interface Anaphor {
  readonly unit: 'day' | 'week' | 'month' | 'quarter' | 'year';
  readonly shift: number;
  /** TIMEX3 part of the day ("the next morning" → `MO`), or null. */
  readonly part: string | null;
}

const PARTS: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

// "the next year" is more often deictic ("sales should recover over the next year") than
// anaphoric, so only "the following/previous …" and "that …" count for months and longer;
// "the next day/morning" is narrative and counts.
const PATTERN =
  /\b(?:(?:[Ll]ater|[Ee]arlier)\s+)?(?:(?<that>[Tt]hat(?:\s+same)?|[Tt]he\s+same)|[Tt]he\s+(?<rel>following|next|previous|preceding|prior))\s+(?<unit>day|morning|afternoon|evening|night|week|month|quarter|year)\b(?!['’]s|-)/g;

/** Reads an anaphoric span ("the following year", "earlier that day"), or null. */
export function readAnaphor(span: string): Anaphor | null {
  const match = new RegExp(PATTERN.source).exec(span);
  if (!match) return null;
  const g = match.groups ?? {};
  const word = (g.unit ?? '').toLowerCase();
  const rel = g.rel?.toLowerCase();
  const part = PARTS[word] ?? null;
  const unit = part ? 'day' : (word as Anaphor['unit']);
  if (rel === 'next' && unit !== 'day' && unit !== 'week') return null;
  const shift = rel === 'following' || rel === 'next' ? 1 : rel === undefined ? 0 : -1;
  return { unit, shift, part };
}

/**
 * Times told relative to a time the text has just named: "that year", "the following
 * month", "earlier that day", "the next morning". The value is left unresolved here;
 * refiners/resolve-anaphora.ts takes it from the antecedent, or drops the expression when
 * the text named no time it could point back to.
 */
export const anaphoricParser: Parser = {
  name: 'anaphoric',
  pattern: PATTERN,
  extract(match, context) {
    const anaphor = readAnaphor(match[0]);
    if (!anaphor) return null;
    return fromMatch(context, match, this.name, {
      type: anaphor.part ? 'TIME' : 'DATE', value: 'XXXX', granularity: anaphor.unit, anchor: 'none', confidence: 0.5,
    });
  },
};
