/**
 * Turns byline strings into a clean list of names: no "By", no dates, no roles or site
 * names, no URLs or e-mail addresses, one entry per person, first spelling kept.
 */
const letters = (s: string): string => s.toLowerCase().replace(/^the\s+/, '').replace(/\.(com|org|net|co\.uk|news)$/, '').replace(/[^\p{L}]+/gu, '');

export function cleanAuthors(raw: readonly string[], siteName: string | null): string[] {
  const site = siteName === null ? '' : letters(siteName);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const entry of raw) {
    const text = entry.replace(/\s+/g, ' ').replace(/^\s*(?:written\s+)?by[:\s]+/i, '').trim();
    for (const piece of text.split(/\s*(?:,|;|\||&|\band\b|\bwith\b)\s*/i)) {
      const name = piece.replace(/^by\s+/i, '').replace(/\s*\(.*?\)\s*/g, ' ').trim();
      if (!looksLikeName(name) || (site !== '' && letters(name) === site)) continue;
      const key = name.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        out.push(name);
      }
    }
  }
  return out;
}

/** 1–5 words, letters only (apostrophes, dots, hyphens allowed), not a URL, date or role. */
function looksLikeName(name: string): boolean {
  if (name === '' || name.length > 60) return false;
  if (/\d|@|https?:|www\.|\//i.test(name)) return false;
  // Roles and desks ("AP Auto Writer", "News Nation Bureau") are not people.
  if (/\b(staff|writer|reporter|correspondent|editor|editors|columnist|contributor|bureau|desk|team|newsroom|updated|published|posted)\b/i.test(name)) return false;
  // Nor are news agencies credited in the byline ("Jane Doe, Associated Press", "By AP").
  if (/\b(press|news|agency|wire|wires|media|associated|reuters|afp|ap|upi|dpa)\b/i.test(name)) return false;
  const words = name.split(' ');
  return words.length <= 5 && words.every((w) => /^[\p{L}'’.\-]+$/u.test(w));
}
