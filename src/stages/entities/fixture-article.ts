import type { Article, Block } from '../../core/model.js';
import { stableId } from '../../core/hash.js';

/**
 * An Article built from plain text whose paragraphs are separated by blank lines: for
 * tests and for evaluation runners that read plain-text corpora. The first paragraph is
 * the title when `titleFirst` is set; paragraphs listed in `boilerplate` are marked so.
 */
export function fixtureArticle(
  text: string,
  options: { readonly titleFirst?: boolean; readonly boilerplate?: readonly number[]; readonly overrides?: Partial<Article> } = {},
): Article {
  const blocks: Block[] = [];
  for (const match of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
    const start = match.index ?? 0;
    const raw = match[0];
    const end = start + raw.trimEnd().length;
    if (end <= start || raw.trim() === '') continue;
    const index = blocks.length;
    const kind = options.boilerplate?.includes(index) ? 'boilerplate' : index === 0 && options.titleFirst ? 'title' : 'paragraph';
    blocks.push({ start, end, kind });
  }
  const title = options.titleFirst && blocks[0] ? text.slice(blocks[0].start, blocks[0].end) : '';
  return {
    id: stableId('a', text),
    sourceHash: stableId('s', text),
    locator: 'fixture',
    format: 'text',
    outlet: 'fixture',
    url: null,
    canonicalUrl: null,
    title,
    authors: [],
    published: null,
    modified: null,
    language: 'en',
    section: null,
    text,
    blocks,
    extraction: { method: 'text.v1', confidence: 1 },
    extra: {},
    ...options.overrides,
  };
}
