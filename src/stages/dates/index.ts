import type { PublicationTime, Span, TimeExpression } from '../../core/model.js';
import { splitSentences } from '../segment/index.js';
import { findTimeExpressionsWith } from './find-time-expressions.js';

export { resolvePublication } from './resolve-publication.js';
export { inferPublication } from './infer-publication.js';
export { findCandidates, type FindOptions } from './find-time-expressions.js';

export const DATES_STAGE = 'dates.rules.v2';

/**
 * All time expressions in the given sentences of `text`, normalised against `reference`
 * (the publication time; null → only absolute expressions get values, relative ones get
 * anchor 'none' and an `XXXX` value). Offsets are absolute into `text`.
 */
export function findTimeExpressions(text: string, sentences: readonly Span[], reference: PublicationTime | null): TimeExpression[] {
  return findTimeExpressionsWith(text, sentences, reference);
}

/**
 * Convenience for evaluation: tags a plain document against a creation time (ISO date or
 * date-time), following TimeML conventions (range ends tagged separately).
 */
export function tagTimexes(text: string, creationTime: string): TimeExpression[] {
  const reference: PublicationTime = { value: creationTime, precision: 'day', provenance: 'input', confidence: 1 };
  // Hard-wrapped lines (common in wire copy) would end sentences at every line break; a single
  // newline becomes a space of the same length so offsets stay the same.
  const unwrapped = text.replace(/([^\n])\n(?=[^\n])/g, '$1 ');
  return findTimeExpressionsWith(text, splitSentences(unwrapped), reference, { ranges: false });
}

