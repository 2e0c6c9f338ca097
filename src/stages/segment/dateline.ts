/**
 * A wire or newspaper dateline at the start of a block: "VELMORA, Castoria, March 11
 * (Meridian Press) — ", "HALVIK — ", "LONDON (Reuters) - ". It names where and when the
 * report was filed; it is not part of the first sentence, so it becomes a segment of its
 * own and stays out of quotes and summaries.
 */
const DATELINE = /^[A-Z][A-Z'’.-]+(?:[ -][A-Z][A-Z'’.-]+)*(?:,[^\n—–]{1,60}?)?(?: \([^)\n]{1,40}\))?\s+(?:[—–]|--?)\s+/;

/** Length of the dateline at the start of `text` (including the dash and space), or 0. */
export function datelineLength(text: string): number {
  const match = DATELINE.exec(text);
  if (!match) return 0;
  // A headline in capitals followed by a dash is not a dateline: the place is one to four words.
  const place = match[0].split(/[,(—–-]/)[0]?.trim() ?? '';
  return place.split(/\s+/).length <= 4 ? match[0].length : 0;
}
