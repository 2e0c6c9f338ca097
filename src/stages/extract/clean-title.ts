/** Separators between a headline and the site name in `<title>` and og:title. */
const SEPARATOR = /\s+(?:\||-|–|—|::|·|»)\s+/;

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Strips a site-name suffix or prefix ("Mayor resigns | The Outlet"). A part is the site
 * name when it equals the known site name or is short (≤ 4 words) next to a longer headline;
 * a lone separator inside a long headline ("Talks - and more talks") is left alone because
 * the part after it is long.
 */
export function cleanTitle(raw: string, siteName: string | null, h1: string | null): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  if (h1 !== null && h1.length > 10 && norm(title).startsWith(norm(h1))) return h1.replace(/\s+/g, ' ').trim();
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const site = siteName === null ? '' : norm(siteName);
  const isSite = (part: string): boolean => norm(part) === site || (part.split(' ').length <= 4 && site !== '' && norm(part).includes(site));
  const last = parts[parts.length - 1] ?? '';
  const first = parts[0] ?? '';
  if (isSite(last) || (last.split(' ').length <= 4 && first.split(' ').length > 4 && parts.length === 2)) {
    return title.slice(0, title.lastIndexOf(last)).replace(SEPARATOR, '').replace(/\s+(?:\||-|–|—|::|·|»)\s*$/, '').trim();
  }
  if (isSite(first)) return title.slice(title.indexOf(first) + first.length).replace(/^\s*(?:\||-|–|—|::|·|»)\s+/, '').trim();
  return title;
}
