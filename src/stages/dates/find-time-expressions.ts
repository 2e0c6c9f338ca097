import type { PublicationTime, Span, TimeExpression } from '../../core/model.js';
import { parseIsoDay, type Day } from './calendar.js';
import type { Candidate, ParseContext } from './context.js';
import { PARSERS } from './parsers/index.js';
import { joinRanges, REFINERS, resolveOverlaps, splitDayRanges } from './refiners/index.js';

export interface FindOptions {
  /**
   * Join "from X to Y" into one range (Storyline) or keep both ends (TimeML: "March 3-5" is
   * then "March 3" and "5"). Default true.
   */
  readonly ranges?: boolean;
  /** Receives one line per accepted candidate; messages are built only when set. */
  readonly debug?: (message: string) => void;
}

/** The reference day of a publication time, when it is at least day-precise. */
export function referenceDay(reference: PublicationTime | null): Day | null {
  if (!reference) return null;
  return parseIsoDay(reference.value);
}

/** Runs every parser over every sentence, then the refiners, in a fixed order. */
export function findCandidates(
  text: string, sentences: readonly Span[], reference: Day | null, options: FindOptions = {},
): Candidate[] {
  const debugSink = options.debug;
  const debug = debugSink ? (message: () => string) => debugSink(message()) : () => undefined;
  const all: Candidate[] = [];
  for (const sentence of sentences) {
    const context: ParseContext = { text, sentence, reference, debug };
    const sentenceText = text.slice(sentence.start, sentence.end);
    for (const parser of PARSERS) {
      const pattern = new RegExp(parser.pattern.source, parser.pattern.flags);
      for (let match = pattern.exec(sentenceText); match; match = pattern.exec(sentenceText)) {
        if (match[0] === '') { pattern.lastIndex++; continue; }
        const candidate = parser.extract(match, context);
        if (candidate) {
          debug(() => `${parser.name}: "${text.slice(candidate.start, candidate.end)}" → ${candidate.value}`);
          all.push(candidate);
        }
      }
    }
  }
  let refined = resolveOverlaps(all);
  for (const refine of REFINERS) refined = refine(refined, text, reference);
  return options.ranges === false ? splitDayRanges(refined, text) : joinRanges(refined, text);
}

export function toTimeExpression(text: string, candidate: Candidate): TimeExpression {
  const { source: _source, ...fields } = candidate;
  return { ...fields, text: text.slice(candidate.start, candidate.end) };
}

export function findTimeExpressionsWith(
  text: string, sentences: readonly Span[], reference: PublicationTime | null, options: FindOptions = {},
): TimeExpression[] {
  return findCandidates(text, sentences, referenceDay(reference), options).map((c) => toTimeExpression(text, c));
}
