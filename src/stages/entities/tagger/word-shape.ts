/** Character classes of a word: "McCain" → "XxXxxxx", digits d, other characters kept. */
function classes(word: string): string {
  let out = '';
  for (const ch of word) out += /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
  return out;
}

/**
 * Word shapes: the long one caps runs at four of a class ("Xxxxx" for "Kessel" and
 * "Brightwell"), the short one collapses every run ("Xx"). Shapes carry most of what a
 * model knows about a word it never saw.
 */
export function wordShapes(word: string): { readonly long: string; readonly short: string } {
  const full = classes(word);
  return { long: full.replace(/(.)\1{4,}/g, '$1$1$1$1'), short: full.replace(/(.)\1+/g, '$1') };
}

export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/** Has letters and no lower-case letter ("REUTERS", "U.S."). */
export const isAllCaps = (word: string): boolean => /\p{L}/u.test(word) && !/\p{Ll}/u.test(word);
