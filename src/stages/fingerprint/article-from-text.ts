import { stableId } from '../../core/hash.js';
import type { Article, Block, Sentence } from '../../core/model.js';
import { segmentArticle } from '../segment/index.js';

export interface PlainArticle {
  readonly id?: string;
  readonly outlet?: string;
  readonly url?: string | null;
  readonly title?: string;
  /** ISO day or time of publication. */
  readonly published?: string | null;
  /** Paragraphs separated by blank lines. */
  readonly text: string;
  /** Indexes of paragraphs to mark as boilerplate (a syndication footer, a newsletter box). */
  readonly boilerplate?: readonly number[];
}

/**
 * An `Article` (and its sentences) from plain text, for tests and evaluations that start from
 * bare documents instead of the ingest pipeline. Paragraphs become blocks.
 */
export function articleFromText(plain: PlainArticle): { article: Article; sentences: Sentence[] } {
  const paragraphs = plain.text.split(/\n[ \t]*\n/).map((p) => p.trim()).filter((p) => p !== '');
  const text = paragraphs.join('\n\n');
  const blocks: Block[] = [];
  let offset = 0;
  paragraphs.forEach((paragraph, index) => {
    const kind = plain.boilerplate?.includes(index) ? 'boilerplate' : 'paragraph';
    blocks.push({ start: offset, end: offset + paragraph.length, kind });
    offset += paragraph.length + 2;
  });
  const article: Article = {
    id: plain.id ?? stableId('a', plain.outlet ?? '', plain.title ?? '', text),
    sourceHash: '',
    locator: plain.id ?? '',
    format: 'text',
    outlet: plain.outlet ?? 'unknown',
    url: plain.url ?? null,
    canonicalUrl: null,
    title: plain.title ?? '',
    authors: [],
    published: plain.published ? { value: plain.published, precision: 'day', provenance: 'input', confidence: 1 } : null,
    modified: null,
    language: 'en',
    section: null,
    text,
    blocks,
    extraction: { method: 'text.v1', confidence: 1 },
    extra: {},
  };
  return { article, sentences: segmentArticle(article) };
}
