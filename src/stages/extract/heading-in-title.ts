/**
 * The part of a `<title>` that a heading of the page repeats. Blogs and small sites title
 * a post "Post – Blog name" with a short post title and a short blog name, which the
 * word-count rules of cleanTitle cannot tell apart; the post's own heading (often an `<h2>`
 * or `<h3>` under the blog's `<h1>`) can. When the parts on both sides are headings (the
 * blog name as banner or footer), the page's first heading is the banner, so the other one
 * is the post's title; when neither is first, the longer one is.
 */

/** A separator after the heading: spaced dashes and bars, or `:` / `::` / `|` unspaced. */
const AFTER = /^(?:\s+[|\-–—·»«]\s+|\s*(?:::?|\|)\s*)/;
/** A separator before a heading at the end of the title. */
const BEFORE = /(?:\s+[|\-–—·»«]\s+|\s*(?:::?|\|)\s*)$/;
/** Bullets and separators some blogs put before the title ("» Post title :blog"). */
const LEADING_MARKS = /^[\s»«|:·–—-]+/;
/**
 * What follows a colon is a subtitle as often as a site name ("The future of ferries: live
 * this Friday"), so after a colon only a name of one or two words, or another heading of
 * the page, counts as the site. A heading of one or two words is a label as often as a title
 * ("Analysis", "Politics"), so it needs a spaced separator and at most four words after it,
 * unless what follows is itself a heading of the page (the blog's banner).
 */
const NAME_AFTER_COLON = 2;
const LABEL_WORDS = 2;
const SITE_WORDS = 4;

const words = (s: string): number => s.trim().split(/\s+/).filter((w) => w !== '').length;
const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function startMatch(title: string, heading: string, headings: readonly string[]): string | null {
  if (!title.toLowerCase().startsWith(heading.toLowerCase())) return null;
  const rest = title.slice(heading.length);
  const sep = AFTER.exec(rest);
  const after = sep === null ? '' : rest.slice(sep[0].length).trim();
  if (sep === null || after === '') return null;
  const afterIsHeading = headings.some((h) => same(h, after));
  if (sep[0].trim().startsWith(':') && words(after) > NAME_AFTER_COLON && !afterIsHeading) return null;
  if (words(heading) <= LABEL_WORDS && !afterIsHeading && (sep[0].trim().startsWith(':') || words(after) > SITE_WORDS)) return null;
  return title.slice(0, heading.length);
}

function endMatch(title: string, heading: string): string | null {
  if (!title.toLowerCase().endsWith(heading.toLowerCase())) return null;
  const before = title.slice(0, title.length - heading.length);
  return BEFORE.test(before) && before.trim() !== '' ? title.slice(title.length - heading.length) : null;
}

export function headingInTitle(rawTitle: string, rawHeadings: readonly string[]): string | null {
  const title = rawTitle.replace(LEADING_MARKS, '').trim();
  const headings = rawHeadings.map((h) => h.replace(/\s+/g, ' ').trim()).filter((h) => h.length >= 2);
  // The title is a heading as it stands: nothing to cut.
  if (headings.some((h) => same(h, title))) return null;
  let start: string | null = null;
  let end: string | null = null;
  for (const heading of headings) {
    if (heading.length >= title.length) continue;
    start ??= startMatch(title, heading, headings);
    end ??= endMatch(title, heading);
  }
  if (start === null || end === null) return start;
  const banner = headings[0] ?? '';
  if (same(start, banner) || same(end, banner)) return same(start, banner) ? end : start;
  return words(end) > words(start) ? end : start;
}
