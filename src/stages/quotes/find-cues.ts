import type { Span } from '../../core/model.js';
import { ATTITUDE_VERBS } from './attitude-verbs.js';
import { CUE_MODIFIERS, SPEECH_VERBS } from './cue-words.js';

/** A cue: the verb of saying (with "also", "has" … before it) or "according to". */
export interface Cue extends Span {
  /** The bare verb or phrase, lower-case: "said", "according to". */
  readonly word: string;
  /** Start of the verb itself, after any modifiers. */
  readonly verbStart: number;
  /** A verb of saying, or of attitude ("criticized", "wants"), whose object is the content. */
  readonly kind: 'speech' | 'attitude';
}

export interface FindCuesOptions {
  /** Also find verbs of attitude, belief and intention (reported-speech pass only). */
  readonly attitude?: boolean;
}

// Hyphenated words stay whole so "state-by-state" holds no cue "state".
const WORD = /[\p{L}’'-]+/gu;

/**
 * What PolNeAR keeps in the cue after the verb (measured on train: "said in a statement"
 * 38, "said:" 33, "added:" 15, while "said Thursday" is annotated as plain "said"): the
 * channel of a statement and a colon handing over to the quote.
 */
const CUE_CHANNEL = /^(?:\s+in\s+(?:an?|the|his|her|their|its)\s+(?:[\p{L}-]+\s+)?(?:statement|interview|email|e-mail|tweet|letter|speech|op-ed|memo|release)\b)?:?/u;

/** Auxiliaries and adverbs kept before the verb: "has repeatedly said", "is now calling". */
const MAX_MODIFIERS = 3;

/** Words in -ly that are not adverbs ("the family said", "the rally heard"). */
const NOT_ADVERBS = new Set(['family', 'rally', 'ally', 'supply', 'reply', 'assembly', 'only', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'likely', 'friendly', 'elderly', 'holy', 'bully', 'anomaly', 'monopoly', 'homily']);

const BE = new Set(['is', 'are', 'was', 'were', 'am', "’m", "'m", 'been']);

/** Cues inside `span` of `text`, in order. */
export function findCues(text: string, span: Span, options: FindCuesOptions = {}): Cue[] {
  const slice = text.slice(span.start, span.end);
  const words = [...slice.matchAll(WORD)].map((m) => ({ start: span.start + (m.index ?? 0), text: m[0], lower: m[0].toLowerCase() }));
  const cues: Cue[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    if (word.lower === 'according' && next?.text === 'to') {
      cues.push({ start: word.start, end: next.start + 2, word: 'according to', verbStart: word.start, kind: 'speech' });
      i++;
      continue;
    }
    // Verbs in running text are lower-case: "The United States" holds no cue.
    if (word.text !== word.lower) continue;
    const speech = SPEECH_VERBS.has(word.lower);
    const attitude = !speech && options.attitude ? ATTITUDE_VERBS.get(word.lower) : undefined;
    const particle = attitude && next && attitude.particles.includes(next.lower) && /^\s+$/.test(text.slice(word.start + word.text.length, next.start)) ? next : undefined;
    if (!speech && (!attitude || (attitude.needsParticle && !particle))) continue;
    let start = word.start;
    for (let j = i - 1; j >= 0 && i - j <= MAX_MODIFIERS; j--) {
      const before = words[j]!;
      // Only modifiers directly adjacent (one space) join the cue.
      // "is predicting", "are hoping": the progressive's auxiliary is part of the cue; before
      // a past participle it would be a passive ("was criticized"), whose subject is no source.
      const progressive = BE.has(before.lower) && word.lower.endsWith('ing');
      // Any adverb in -ly may sit there too ("has consistently pushed", "barely mentioned").
      const adverb = /^\p{Ll}{3,}ly$/u.test(before.text) && !NOT_ADVERBS.has(before.lower);
      if ((!CUE_MODIFIERS.has(before.lower) && !progressive && !adverb) || !/^\s+$/.test(text.slice(before.start + before.text.length, start))) break;
      start = before.start;
    }
    if (particle) {
      cues.push({ start, end: particle.start + particle.text.length, word: word.lower, verbStart: word.start, kind: 'attitude' });
      i++;
      continue;
    }
    const verbEnd = word.start + word.text.length;
    const end = verbEnd + (CUE_CHANNEL.exec(text.slice(verbEnd, span.end))?.[0].length ?? 0);
    cues.push({ start, end, word: word.lower, verbStart: word.start, kind: speech ? 'speech' : 'attitude' });
  }
  return cues;
}

/**
 * Time and channel phrases right after a verb, which PolNeAR and readers treat as part of
 * the cue ("said Thursday", "said in a statement", "told reporters on Monday").
 */
export const CUE_TAIL = /^(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|last\s+week|this\s+week|earlier|later|again)\b|\s+in\s+an?\s+(?:\w+\s+)?(?:statement|interview|email|e-mail|post|tweet|letter|speech|video|op-ed|briefing)\b|\s+on\s+(?:Twitter|Facebook|X|Instagram|television|TV|radio))*/;
