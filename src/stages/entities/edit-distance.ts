/** Levenshtein distance, stopping early once it exceeds `limit` (returns limit + 1 then). */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Edits allowed between two spellings of one word, by length: none under 6 letters (short
 * words differ by one letter too often: "Cole"/"Cale", "Ailes"/"Aides"), one up to 8, two
 * from 9 on ("Tillson"/"Tillerson"). Checked by hand on the PolNeAR train texts' names.
 */
export function allowedEdits(length: number): number {
  if (length < 6) return 0;
  return length < 9 ? 1 : 2;
}
