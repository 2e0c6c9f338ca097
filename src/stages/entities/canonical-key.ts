import { ALIASES, type AliasEntry } from './aliases.js';

/**
 * The article-independent key of a surface name: diacritics and periods dropped, curly
 * apostrophes straightened, a trailing possessive removed, lower-case, single spaces.
 * "Trump’s" → "trump", "U.S." → "us", "José Álvarez" → "jose alvarez".
 */
export function canonicalKey(surface: string): string {
  return surface
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/'s?$/i, '')
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}&'\- ]+/gu, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The alias entry a key folds to, if any. `contextKeys` are the other keys of the article:
 * ambiguous aliases fold only when one of their context keys is present.
 */
export function lookupAlias(key: string, contextKeys: ReadonlySet<string>): AliasEntry | undefined {
  const entry = ALIASES.get(key) ?? ALIASES.get(key.replace(/^the /, ''));
  if (!entry) return undefined;
  if (entry.needsContext && !entry.needsContext.some((needed) => contextKeys.has(needed) || aliasTargets(needed, contextKeys))) {
    return undefined;
  }
  return entry;
}

function aliasTargets(target: string, contextKeys: ReadonlySet<string>): boolean {
  for (const key of contextKeys) {
    const entry = ALIASES.get(key);
    if (entry && !entry.needsContext && entry.key === target) return true;
  }
  return false;
}

/** Folds a key through the alias table (no context: ambiguous aliases stay as they are). */
export function foldKey(key: string): string {
  return lookupAlias(key, new Set())?.key ?? key;
}

/** True for all-capital acronyms of 2–6 letters, dotted or not: "NATO", "UN", "U.N.". */
export function isAcronym(surface: string): boolean {
  const bare = surface.replace(/\./g, '');
  return /^[\p{Lu}&]{2,6}$/u.test(bare) && /\p{Lu}.*\p{Lu}/u.test(bare);
}

/** Legal-form words that end company names; they do not tell two companies apart. */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  'ltd', 'limited', 'inc', 'incorporated', 'corp', 'llc', 'llp', 'lp', 'plc', 'gmbh', 'ag', 'sa', 'nv', 'bv', 'spa', 'pty', 'oy', 'ab', 'as', 'sarl',
]);

/** "orlan construction ltd" → "orlan construction"; a bare "ltd" or one-word result is kept whole. */
export function stripLegalSuffix(key: string): string {
  const words = key.split(' ');
  let end = words.length;
  while (end > 1 && LEGAL_SUFFIXES.has(words[end - 1] ?? '')) end--;
  return end === words.length ? key : words.slice(0, end).join(' ');
}
