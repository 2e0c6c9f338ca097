/** A stretch of a sentence between quotation marks (offsets into the sentence). */
export interface Region {
  readonly start: number;
  readonly end: number;
}

// Newswire writes quotes as ``…'' (Penn Treebank style), “…” or "…". A quote may run over
// several sentences, so a closing mark with no opening one closes a quote that began before
// the sentence, and an opening mark with no closing one runs to its end.
const MARKS = /``|''|[“”"]/g;

/**
 * The quoted stretch of `sentence` holding the offset `at`, or null when `at` is outside
 * quotation marks or the straight quotes of the sentence cannot be paired.
 */
export function quotedRegionAt(sentence: string, at: number): Region | null {
  let open: number | null = null;
  let straight = 0;
  const regions: Region[] = [];
  for (const mark of sentence.matchAll(MARKS)) {
    const index = mark.index ?? 0;
    const token = mark[0];
    const opening = token === '``' || token === '“' || (token === '"' && straight++ % 2 === 0);
    if (opening) {
      open = index + token.length;
    } else {
      regions.push({ start: open ?? 0, end: index });
      open = null;
    }
  }
  if (straight % 2 === 1 && !/``|''|[“”]/.test(sentence)) return null;
  if (open !== null) regions.push({ start: open, end: sentence.length });
  return regions.find((r) => r.start <= at && at < r.end) ?? null;
}
