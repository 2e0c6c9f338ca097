/**
 * What a benchmark's gold counts as article text, so every system's output is written the
 * way that gold is (the same convention for Storyline and the baselines). Read off a sample
 * of gold files, not fitted page by page:
 * - AEB `articleBody`: the body only; no headline, byline or image captions.
 * - Dragnet: the headline first, then the byline and date lines, image captions and the
 *   body (reader comments follow a marker and are split off, see open-extraction-corpus.ts).
 */
export interface GoldConvention {
  /** The gold opens with the headline. */
  readonly headline: boolean;
  /** Byline and date lines count as text. */
  readonly bylines: boolean;
  /** Image captions count as text. */
  readonly captions: boolean;
}

export const GOLD_CONVENTIONS = {
  aeb: { headline: false, bylines: false, captions: false },
  dragnet: { headline: true, bylines: true, captions: true },
} as const satisfies Record<string, GoldConvention>;

/** Boilerplate reasons (clean stage rule names) that are byline and date lines. */
export const BYLINE_REASONS: ReadonlySet<string> = new Set(['byline', 'dateline']);

/** An extractor's parts joined in the order the gold writes them. */
export function asGold(convention: GoldConvention, parts: { title: string; byline: string; body: string }): string {
  const head = [convention.headline ? parts.title : '', convention.bylines ? parts.byline : ''];
  return [...head.filter((s) => s.trim() !== ''), parts.body].join('\n');
}
