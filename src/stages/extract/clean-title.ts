/** Separators between a headline and the site name in `<title>` and og:title. */
const SEPARATOR = /\s+(?:\||-|–|—|::|·|»)\s+/;
const SEPARATOR_G = /\s+(?:\||-|–|—|::|·|»)\s+/g;

const norm = (s: string): string => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const words = (s: string): number => s.trim().split(/\s+/).length;
/** `valleycourier.example`, `www.outlet.co.uk`: a bare host name is the site, not the headline. */
const HOST = /^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$/i;

/** The title cut into parts, each with its offset, at separators surrounded by spaces. */
function splitParts(title: string): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  let at = 0;
  for (const m of title.matchAll(SEPARATOR_G)) {
    parts.push({ text: title.slice(at, m.index), start: at });
    at = m.index + m[0].length;
  }
  parts.push({ text: title.slice(at), start: at });
  return parts;
}

/**
 * Strips a site-name suffix or prefix ("Mayor resigns | The Outlet") and a section label
 * between headline and site ("Mayor resigns | Politics | The Outlet"). A part is the site
 * name when it equals the known site name, is a bare host name, or is short (≤ 4 words) next
 * to a longer headline; a lone separator inside a long headline ("Talks - and more talks")
 * is left alone because the part after it is long.
 */
export function cleanTitle(raw: string, siteName: string | null, h1: string | null): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  if (h1 !== null && h1.length > 10 && norm(title).startsWith(norm(h1))) return h1.replace(/\s+/g, ' ').trim();
  const parts = splitParts(title);
  if (parts.length < 2) return title;
  const site = siteName === null ? '' : norm(siteName);
  const isSite = (part: string): boolean => HOST.test(part.trim()) || norm(part) === site
    || (words(part) <= 4 && site !== '' && norm(part).includes(site));
  const first = parts[0]?.text ?? '';
  const last = parts[parts.length - 1]?.text ?? '';
  if (isSite(last) || (words(last) <= 4 && words(first) > 4 && parts.length === 2)) {
    // Drop the site, then a short section label before it when a longer headline leads.
    let keep = parts.length - 1;
    const label = parts[keep - 1]?.text ?? '';
    if (keep > 1 && words(label) <= 3 && words(first) > words(label)) keep--;
    const cut = parts[keep]?.start ?? title.length;
    return title.slice(0, cut).replace(/\s+(?:\||-|–|—|::|·|»)\s*$/, '').trim();
  }
  if (isSite(first)) return title.slice(parts[1]?.start ?? 0).trim();
  return title;
}
