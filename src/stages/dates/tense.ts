import type { ParseContext } from './context.js';

export type Direction = 'past' | 'future' | 'unknown';

// Multi-word cues are matched first so that "expected to" counts as future, not as the
// past-tense verb "expected".
// "next to" is a preposition, not a time cue.
const FUTURE_CUES =
  /\b(?:will|shall|won't|wo n't|must|going to|plans?|planned|planning|is to|are to|due to|expected to|set to|scheduled(?: to| for)?|ahead of|upcoming|coming|next(?! to\b)|intends? to|would|to be held|to begin|to start|starting|from now|later this|hopes? to|aims? to|as soon as|as early as|deadline)\b|'ll\b/gi;

// Directly before an expression, "by" sets a deadline ("must leave by Jan. 14").
const DEADLINE_BEFORE = /\b(?:by|no later than)\s+$/i;
const BE_FORM = /\b(?:be|been|being|is|are|am|get|gets)\s+$/i;

const PAST_WORDS = new Set([
  'said', 'told', 'met', 'was', 'were', 'had', 'did', 'ago', 'last', 'came', 'went', 'made', 'took',
  'gave', 'began', 'left', 'won', 'lost', 'sent', 'held', 'spoke', 'wrote', 'saw', 'found', 'fell',
  'rose', 'ran', 'became', 'brought', 'bought', 'sold', 'struck', 'hit', 'quit', 'earlier', 'since',
  'previously', 'got', 'put', 'set', 'led', 'paid', 'fled', 'shot', 'built', 'kept', 'stood', 'felt',
]);

// Words ending in -ed that are not past-tense verbs.
const NOT_PAST = new Set([
  'need', 'speed', 'bed', 'red', 'shed', 'hundred', 'seed', 'feed', 'breed', 'indeed', 'proceed',
  'exceed', 'succeed', 'wed', 'fred', 'ted', 'ned', 'greed', 'weed', 'creed', 'expected', 'scheduled',
  'planned', 'related', 'united', 'based', 'limited', 'interested', 'concerned', 'supposed',
]);

interface Cue {
  readonly at: number;
  readonly direction: Direction;
}

function cuesOf(sentence: string): Cue[] {
  const cues: Cue[] = [];
  const masked = sentence.replace(FUTURE_CUES, (m, offset: number) => {
    cues.push({ at: offset + m.length / 2, direction: 'future' });
    return ' '.repeat(m.length);
  });
  for (const word of masked.matchAll(/[A-Za-z']+/g)) {
    const lower = word[0].toLowerCase();
    const at = word.index ?? 0;
    // A participle after a form of "be" ("will be returned", "is expected") says nothing about tense.
    const participle = BE_FORM.test(sentence.slice(Math.max(0, at - 8), at));
    const past = PAST_WORDS.has(lower) || (lower.length > 4 && lower.endsWith('ed') && !NOT_PAST.has(lower) && !participle);
    if (past) cues.push({ at: (word.index ?? 0) + word[0].length / 2, direction: 'past' });
  }
  return cues;
}

/**
 * The tense of the sentence around an expression: the closest future or past cue wins
 * (a reported "said on Monday that she will…" is past for "Monday").
 */
export function directionAt(context: ParseContext, start: number, end: number): Direction {
  const sentence = context.text.slice(context.sentence.start, context.sentence.end);
  const from = start - context.sentence.start;
  const to = end - context.sentence.start;
  if (DEADLINE_BEFORE.test(sentence.slice(Math.max(0, from - 14), from))) return 'future';
  let best: Cue | null = null;
  let bestDistance = Infinity;
  for (const cue of cuesOf(sentence)) {
    if (cue.at >= from && cue.at <= to) continue;
    const distance = cue.at < from ? from - cue.at : cue.at - to;
    if (distance < bestDistance) {
      best = cue;
      bestDistance = distance;
    }
  }
  return best?.direction ?? 'unknown';
}
