import { rawText, walkElements, type HtmlElement } from './html-tree.js';

/** Everything the page says about itself outside the article text. */
export interface PageMeta {
  /** `<meta>` content by lower-cased name/property/itemprop; first occurrence wins. */
  readonly meta: ReadonlyMap<string, string>;
  readonly titleTag: string | null;
  readonly h1: string | null;
  readonly canonical: string | null;
  readonly lang: string | null;
  /** JSON-LD objects, `@graph` members flattened. */
  readonly jsonLd: readonly Record<string, unknown>[];
  /** `datetime` of the first `<time>` element. */
  readonly timeElement: string | null;
  /** Text of `rel="author"` links and `.byline`-like elements. */
  readonly bylines: readonly string[];
  /** Texts of the first `<h1>`–`<h3>` headings, in page order. */
  readonly headings: readonly string[];
}

/** Post titles sit among the first headings; 30 covers banners, menus and sidebars above them. */
const MAX_HEADINGS = 30;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flattenJsonLd(value: unknown, out: Record<string, unknown>[], depth = 0): void {
  if (depth > 4) return;
  if (Array.isArray(value)) for (const v of value) flattenJsonLd(v, out, depth + 1);
  else if (isRecord(value)) {
    out.push(value);
    if (value['@graph'] !== undefined) flattenJsonLd(value['@graph'], out, depth + 1);
  }
}

function parseJsonLd(text: string, out: Record<string, unknown>[]): void {
  try {
    flattenJsonLd(JSON.parse(text.trim().replace(/^<!--|-->$/g, '')), out);
  } catch {
    // Broken JSON-LD is common; the other metadata sources still apply.
  }
}

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function readPageMeta(root: HtmlElement): PageMeta {
  const meta = new Map<string, string>();
  const jsonLd: Record<string, unknown>[] = [];
  const bylines: string[] = [];
  const headings: string[] = [];
  let titleTag: string | null = null;
  let h1: string | null = null;
  let canonical: string | null = null;
  let lang: string | null = null;
  let timeElement: string | null = null;
  for (const el of walkElements(root)) {
    const a = el.attrs;
    if (el.tag === 'meta') {
      const key = (a['property'] ?? a['name'] ?? a['itemprop'] ?? '').toLowerCase();
      if (key !== '' && a['content'] !== undefined && !meta.has(key)) meta.set(key, clean(a['content']));
    } else if (el.tag === 'script' && (a['type'] ?? '').toLowerCase() === 'application/ld+json') {
      parseJsonLd(rawText(el), jsonLd);
    } else if (el.tag === 'title' && titleTag === null) titleTag = clean(rawText(el));
    else if (el.tag === 'h1' && h1 === null) h1 = clean(rawText(el)) || null;
    else if (el.tag === 'link' && (a['rel'] ?? '').toLowerCase() === 'canonical' && canonical === null) canonical = a['href'] ?? null;
    else if (el.tag === 'html' && lang === null) lang = a['lang'] ?? a['xml:lang'] ?? null;
    else if (el.tag === 'time' && timeElement === null && a['datetime'] !== undefined) timeElement = a['datetime'];
    if ((el.tag === 'h1' || el.tag === 'h2' || el.tag === 'h3') && headings.length < MAX_HEADINGS) {
      const text = clean(rawText(el));
      if (text !== '') headings.push(text);
    }
    if ((a['rel'] === 'author' || /\bbyline\b|\bauthor-name\b/i.test(a['class'] ?? '')) && bylines.length < 5) {
      const text = clean(rawText(el));
      if (text !== '' && text.length < 200) bylines.push(text);
    }
  }
  return { meta, titleTag, h1, canonical, lang, jsonLd, timeElement, bylines, headings };
}
