import type { PublicationTime } from '../../core/model.js';
import { cleanAuthors } from './clean-authors.js';
import { cleanTitle } from './clean-title.js';
import { dateFromUrl, parseLooseDate } from './parse-date.js';
import type { PageMeta } from './read-page-meta.js';

export interface PageMetadata {
  readonly title: string;
  readonly authors: readonly string[];
  readonly published: PublicationTime | null;
  readonly modified: string | null;
  readonly siteName: string | null;
  readonly canonicalUrl: string | null;
  readonly language: string | null;
  readonly section: string | null;
}

/** Meta names that carry the publication time, most specific first. */
const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'parsely-pub-date', 'sailthru.date',
  'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created', 'publishdate', 'publish-date', 'pubdate',
  'article.published', 'date', 'og:published_time', 'cxenseparse:recs:publishtime',
];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'];
const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'];

const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle/;

function types(obj: Record<string, unknown>): string[] {
  const t = obj['@type'];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : typeof t === 'string' ? [t] : [];
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function names(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(names);
  if (typeof value === 'string') return [value];
  if (typeof value === 'object' && value !== null) {
    const name = str((value as Record<string, unknown>)['name']);
    return name === null ? [] : [name];
  }
  return [];
}

function firstMeta(meta: ReadonlyMap<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key);
    if (value !== undefined && value !== '') return value;
  }
  return null;
}

function findPublished(page: PageMeta, article: Record<string, unknown> | undefined, url: string | null): PublicationTime | null {
  const sources: [string | null, PublicationTime['provenance'], number][] = [
    [str(article?.['datePublished']) ?? str(article?.['dateCreated']), 'json-ld', 0.95],
    [firstMeta(page.meta, PUBLISHED_META), 'meta', 0.9],
    [page.timeElement, 'time-element', 0.7],
  ];
  for (const [raw, provenance, confidence] of sources) {
    const parsed = raw === null ? null : parseLooseDate(raw);
    if (parsed !== null) return { ...parsed, provenance, confidence };
  }
  const fromUrl = url === null ? null : dateFromUrl(url);
  return fromUrl === null ? null : { ...fromUrl, provenance: 'url', confidence: 0.6 };
}

function findSection(page: PageMeta, article: Record<string, unknown> | undefined, url: string | null): string | null {
  if (article !== undefined && types(article).some((t) => /Opinion|Review|Satir/i.test(t))) return 'opinion';
  if (url !== null && /\/(opinions?|comment|commentisfree|editorials?|columns?|op-?eds?)\//i.test(url)) return 'opinion';
  const declared = page.meta.get('article:section') ?? names(article?.['articleSection'])[0] ?? null;
  return declared === null ? null : declared.toLowerCase();
}

export function pageMetadata(page: PageMeta, url: string | null): PageMetadata {
  const article = page.jsonLd.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
  const canonicalUrl = page.canonical ?? page.meta.get('og:url') ?? str(article?.['url']) ?? null;
  const siteName = page.meta.get('og:site_name') ?? names(article?.['publisher'])[0] ?? null;
  const rawTitle = page.meta.get('og:title') ?? str(article?.['headline']) ?? page.titleTag ?? page.h1 ?? '';
  const authorSources = [names(article?.['author']), [firstMeta(page.meta, AUTHOR_META) ?? ''], page.bylines];
  const authors = authorSources.map((list) => cleanAuthors(list, siteName)).find((list) => list.length > 0) ?? [];
  const modifiedRaw = str(article?.['dateModified']) ?? firstMeta(page.meta, MODIFIED_META);
  return {
    title: cleanTitle(rawTitle, siteName, page.h1, page.headings),
    authors,
    published: findPublished(page, article, url ?? canonicalUrl),
    modified: modifiedRaw === null ? null : (parseLooseDate(modifiedRaw)?.value ?? null),
    siteName,
    canonicalUrl,
    language: page.lang ?? page.meta.get('og:locale') ?? page.meta.get('content-language') ?? null,
    section: findSection(page, article, url ?? canonicalUrl),
  };
}
