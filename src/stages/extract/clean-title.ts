import { headingInTitle } from './heading-in-title.js';

/** Separators between a headline and the site name in `<title>` and og:title. */
const SEPARATOR_G = /\s+(?:\||-|–|—|::|·|»|«)\s+/g;
/** A separator right after a headline or site-name prefix, `:` included ("Blog: Headline"). */
const LEADING_SEPARATOR = /^\s*(?:\||-|–|—|::|·|»|«|:)\s+/;

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
export function cleanTitle(raw: string, siteName: string | null, h1: string | null, headings: readonly string[] = []): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  const site = siteName === null ? '' : norm(siteName);
  const isSite = (part: string): boolean => HOST.test(part.trim()) || norm(part) === site
    || (words(part) <= 4 && site !== '' && norm(part).includes(site));
  const heading = h1?.replace(/\s+/g, ' ').trim() ?? '';
  if (heading.length > 10 && title.toLowerCase().startsWith(heading.toLowerCase())) {
    const rest = title.slice(heading.length);
    const after = rest.replace(LEADING_SEPARATOR, '').trim();
    // Blogs put their own name in the <h1> ("Joy the Baker – Onion Frittata", "Seth's
    // Blog: Yesterday's over"): then the headline is what follows.
    const h1IsSite = after !== '' && after !== rest.trim() && !isSite(after)
      && (/^\s*:(?!:)/.test(rest) || isSite(heading) || words(after) > 4 || words(after) > words(heading));
    return h1IsSite ? after : heading;
  }
  const repeated = headingInTitle(title, headings);
  if (repeated !== null && !isSite(repeated)) return repeated;
  const parts = splitParts(title);
  if (parts.length < 2) return title;
  const first = parts[0]?.text ?? '';
  const last = parts[parts.length - 1]?.text ?? '';
  // A one-word name ends a longer title ("… - Slashdot"); with two parts, up to four words.
  const shortSuffix = words(last) <= (parts.length === 2 ? 4 : 1) && words(first) > 4;
  if (isSite(last) || shortSuffix) {
    // Drop the site, then a short section label before it when a longer headline leads.
    let keep = parts.length - 1;
    const label = parts[keep - 1]?.text ?? '';
    if (keep > 1 && words(label) <= 3 && words(first) > words(label)) keep--;
    const cut = parts[keep]?.start ?? title.length;
    return title.slice(0, cut).replace(/\s+(?:\||-|–|—|::|·|»|«)\s*$/, '').trim();
  }
  // "Fenwick Blog | 5 videos of a wire walk": a name of one or two words before one long
  // headline, or any name when the <h1> confirms the headline.
  const shortPrefix = parts.length === 2 && words(last) > 4 && (words(first) <= 2 || norm(heading) === norm(last));
  if (isSite(first) || shortPrefix) return title.slice(parts[1]?.start ?? 0).trim();
  return title;
}
