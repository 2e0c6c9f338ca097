import type { Granularity, Span, TimexType, TimeExpression } from '../../core/model.js';
import type { Day } from './calendar.js';

/** What every parser sees: the whole text, the sentence being read and the reference day. */
export interface ParseContext {
  readonly text: string;
  readonly sentence: Span;
  /** Publication day; null when the article has none (relative expressions stay unresolved). */
  readonly reference: Day | null;
  /** Debug hook: the message is built only when debugging is on. */
  readonly debug: (message: () => string) => void;
}

/** A time expression a parser proposes; refiners merge, resolve and filter these. */
export interface Candidate extends Span {
  readonly type: TimexType;
  readonly value: string;
  readonly granularity: Granularity | null;
  readonly anchor: TimeExpression['anchor'];
  readonly confidence: number;
  /** The parser (or refiner) that made it, for debugging and tests. */
  readonly source: string;
}

export type CandidateFields = Omit<Candidate, 'start' | 'end' | 'source'>;

/**
 * One pattern and what it means. `pattern` must be global (`g`); it runs over the text of one
 * sentence, and `extract` turns a match into a candidate (or null to reject it).
 */
export interface Parser {
  readonly name: string;
  readonly pattern: RegExp;
  extract(match: RegExpExecArray, context: ParseContext): Candidate | null;
}

/**
 * A refiner rewrites the sorted, non-overlapping candidates of one text (merging,
 * re-anchoring); `reference` is the publication day, when there is one.
 */
export type Refiner = (candidates: readonly Candidate[], text: string, reference: Day | null) => Candidate[];

/** Builds a candidate for a regex match over the sentence text (offsets made absolute). */
export function fromMatch(
  context: ParseContext,
  match: RegExpExecArray,
  source: string,
  fields: CandidateFields,
  group?: string,
): Candidate {
  const whole = match[0];
  const inner = group === undefined ? undefined : match.groups?.[group];
  const offset = inner === undefined ? 0 : whole.indexOf(inner);
  const start = context.sentence.start + match.index + offset;
  return { start, end: start + (inner ?? whole).length, source, ...fields };
}

/** Up to `chars` characters of the sentence before an absolute offset. */
export function textBefore(context: ParseContext, at: number, chars = 40): string {
  return context.text.slice(Math.max(context.sentence.start, at - chars), at);
}

/** Up to `chars` characters of the sentence after an absolute offset. */
export function textAfter(context: ParseContext, at: number, chars = 40): string {
  return context.text.slice(at, Math.min(context.sentence.end, at + chars));
}

/** Field sets for expressions that cannot be resolved without a reference day. */
export function unresolved(type: TimexType, value: string, granularity: Granularity | null): CandidateFields {
  return { type, value, granularity, anchor: 'none', confidence: 0.4 };
}
