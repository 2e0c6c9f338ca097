/**
 * A light English stemmer: folds plurals and the commonest verb endings so "talks", "talked"
 * and "talking" meet. Deliberately weaker than Porter: over-stemming merges unrelated news
 * terms ("general" / "generate"), while a missed fold only costs a little recall.
 */
export function lightStem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  // A final silent "e" is dropped everywhere so "base", "based" and "basing" agree.
  return dropFinalE(stripSuffix(word));
}

function dropFinalE(stem: string): string {
  return stem.length > 3 && stem.endsWith('e') ? stem.slice(0, -1) : stem;
}

function stripSuffix(word: string): string {
  // As in Porter, a final "y" becomes "i" so "city"/"cities" and "movie"/"movies" both meet.
  if (/i(?:es|ed)$/.test(word) && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('y')) return word.slice(0, -1) + 'i';
  if (/(?:ss|us|is|ous)$/.test(word)) return word;
  if (/(?:ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4) return undouble(word.slice(0, -2));
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** "stopp" → "stop", "plann" → "plan"; keeps "ll" and "ss" ("fill", "pass"). */
function undouble(stem: string): string {
  const last = stem[stem.length - 1];
  if (stem.length > 3 && last === stem[stem.length - 2] && last !== 'l' && last !== 's') return stem.slice(0, -1);
  return stem;
}
