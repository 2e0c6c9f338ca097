/**
 * Text → words as the fingerprints see them: lower-case, apostrophes dropped ("don't" → "dont"),
 * every other non-letter, non-digit character a separator. Two copies that differ only in
 * punctuation, quote style or spacing give the same words.
 */
export function normaliseWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’ʼ]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** The normalised text itself: words joined by single spaces. */
export function normaliseText(text: string): string {
  return normaliseWords(text).join(' ');
}
