import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isFailure } from '../../core/errors.js';
import type { Article, RawDocument } from '../../core/model.js';
import { extractArticle, extractHtml } from './index.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function doc(body: string, kind: 'html' | 'text', hints: RawDocument['hints'] = {}): RawDocument {
  return { sourceHash: 'f'.repeat(64), locator: 'test.html', format: kind === 'html' ? 'html' : 'text', kind, body, encoding: 'utf-8', hints };
}

function article(body: string, kind: 'html' | 'text', hints: RawDocument['hints'] = {}): Article {
  const result = extractArticle(doc(body, kind, hints));
  if (isFailure(result)) throw new Error(`unexpected failure ${result.code}`);
  return result;
}

describe('extractHtml: article with furniture inside <article>', () => {
  const result = extractHtml(fixture('article-with-furniture.html'), 'https://www.valleycourier.example/news/2024/03/05/harbour-bridge-repairs');

  it('keeps every paragraph of the story, first to last', () => {
    expect(result.text).toContain('will close for six weeks from Monday');
    expect(result.text).toContain('Half our customers walk over that bridge');
    expect(result.text).toContain('reopen in mid-April, weather permitting.');
  });

  it.each([
    ['navigation', 'Sport'], ['cookie banner', 'Accept all cookies'], ['share bar', 'Share on Facebook'],
    ['newsletter box', 'Sign up for our free daily newsletter'], ['related links', 'Ferry fares to rise in April'],
    ['comments', 'Leave a Reply'], ['sidebar', 'Storm warning'], ['footer', 'All rights reserved'],
    ['script', 'dataLayer'], ['headline', 'Harbour bridge in Eastwick to close'], ['byline', 'By Mara Quill'],
  ])('drops the %s', (_what, text) => {
    expect(result.text).not.toContain(text);
  });

  it('gives exact block offsets separated by blank lines', () => {
    const rebuilt = result.blocks.map((b) => result.text.slice(b.start, b.end)).join('\n\n');
    expect(rebuilt).toBe(result.text);
    expect(result.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    expect(result.blocks).toHaveLength(5);
  });

  it('reads metadata from JSON-LD first', () => {
    expect(result.title).toBe('Harbour bridge in Eastwick to close for repairs');
    expect(result.authors).toEqual(['Mara Quill', 'Tobias Fenn']);
    expect(result.published).toEqual({ value: '2024-03-05T09:30:00Z', precision: 'second', provenance: 'json-ld', confidence: 0.95 });
    expect(result.modified).toBe('2024-03-05T11:00:00Z');
    expect(result.siteName).toBe('The Valley Courier');
    expect(result.canonicalUrl).toBe('https://www.valleycourier.example/news/2024/03/05/harbour-bridge-repairs');
    expect(result.language).toBe('en-GB');
    expect(result.section).toBe('local');
    expect(result.confidence).toBeGreaterThan(0.6);
  });
});

describe('extractHtml: multi-section article', () => {
  const result = extractHtml(fixture('multi-section.html'));
  const kinds = (kind: string): string[] => result.blocks.filter((b) => b.kind === kind).map((b) => result.text.slice(b.start, b.end));

  it('keeps all sections with their headings and list items', () => {
    expect(result.text).toContain('stood silent above the village of Kestle');
    expect(kinds('heading')).toEqual(['A village divided', 'What happens next']);
    expect(kinds('list-item')).toHaveLength(3);
    expect(result.text).toContain('worth mining again for the first time in a generation.');
  });

  it('keeps the caption but not the photo credit, the ad label or the tags', () => {
    expect(kinds('caption')).toEqual(['The lift tower at Northmoor in October.']);
    expect(result.text).not.toContain('Photo: Ridge Post');
    expect(result.text).not.toContain('Advertisement');
    expect(result.text).not.toContain('Mining Kestle');
  });

  it('reads meta tags when there is no JSON-LD, and strips the site suffix from <title>', () => {
    expect(result.title).toBe('Inside the plan to reopen the Northmoor mine');
    expect(result.published).toMatchObject({ value: '2023-11-20T06:00:00-05:00', provenance: 'meta' });
    expect(result.authors).toEqual(['Lena Okafor']);
    expect(result.section).toBe('business');
  });
});

describe('extractArticle', () => {
  it('returns EXTRACTION_EMPTY for a page with only a cookie banner', () => {
    const result = extractArticle(doc(fixture('cookie-banner-only.html'), 'html'));
    expect(isFailure(result) && result.code).toBe('EXTRACTION_EMPTY');
  });

  it.each([['empty', ''], ['binary', '\u0000\u0001\u0002\u0003PNG\u0000\u0000'.repeat(50)], ['markup only', '<html><body><div></div></body></html>']])(
    'returns a failure, never throws, for a %s page', (_what, body) => {
      expect(isFailure(extractArticle(doc(body, 'html')))).toBe(true);
    },
  );

  it('lets input hints win: outlet, title, published with provenance input', () => {
    const a = article(fixture('article-with-furniture.html'), 'html', { outlet: 'courier', published: 'Tue, 05 Mar 2024 08:00:00 GMT', url: 'https://valleycourier.example/x' });
    expect(a.outlet).toBe('courier');
    expect(a.published).toEqual({ value: '2024-03-05T08:00:00Z', precision: 'second', provenance: 'input', confidence: 1 });
    expect(a.id).toMatch(/^a_[0-9a-f]{16}$/);
    expect(a.extra).toEqual({});
    expect(a.extraction.method).toBe('html.structural.v1');
  });

  it('falls back to site name, then host, for the outlet', () => {
    expect(article(fixture('article-with-furniture.html'), 'html').outlet).toBe('The Valley Courier');
    expect(article(fixture('multi-section.html'), 'html', { url: 'https://www.ridgepost.example/biz/1' }).outlet).toBe('ridgepost.example');
  });

  it('keeps day precision for a hinted date without a time', () => {
    const a = article('Title line\n\nA fictional council in Brackton met on Monday to vote on the budget.', 'text', { published: 'March 5, 2024' });
    expect(a.published).toEqual({ value: '2024-03-05', precision: 'day', provenance: 'input', confidence: 1 });
  });
});

describe('extractArticle: plain text', () => {
  it('takes the first line as title and first block, paragraphs split on blank lines', () => {
    const a = article('Brackton votes on budget\n\nThe council met on Monday.\nIt voted 7 to 2.\n\nThe mayor was absent.', 'text');
    expect(a.title).toBe('Brackton votes on budget');
    expect(a.extraction.method).toBe('text.v1');
    expect(a.blocks.map((b) => [b.kind, a.text.slice(b.start, b.end)])).toEqual([
      ['title', 'Brackton votes on budget'],
      ['paragraph', 'The council met on Monday. It voted 7 to 2.'],
      ['paragraph', 'The mayor was absent.'],
    ]);
  });

  it('makes each line a block when the text has no blank lines, and uses the title hint', () => {
    const a = article('The council met on Monday in Brackton.\nIt voted 7 to 2 for the budget.', 'text', { title: 'Budget passes' });
    expect(a.title).toBe('Budget passes');
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });
});

describe('outlet and section from the document itself', () => {
  const textDoc = (body: string, extra?: Record<string, unknown>): RawDocument => ({
    sourceHash: 'h', locator: 'wire.txt', format: 'text', kind: 'text', body, encoding: 'utf-8', hints: extra ? { extra } : {},
  });

  it('takes the outlet from a wire dateline when nothing else names it', () => {
    const article = extractArticle(textDoc('Floods close the Kessel road\n\nKESSEL, May 4 (Valley Wire) — The Kessel road was closed on Sunday after the river rose.'));
    expect(isFailure(article) ? null : article.outlet).toBe('Valley Wire');
  });

  it('keeps "unknown" when there is no dateline agency', () => {
    const article = extractArticle(textDoc('Floods close the Kessel road\n\nThe Kessel road was closed on Sunday after the river rose again.'));
    expect(isFailure(article) ? null : article.outlet).toBe('unknown');
  });

  it('reads a section from container fields', () => {
    const article = extractArticle(textDoc('Why the levee failed\n\nI have walked that levee for twenty years, and it was never safe.', { section: 'opinion' }));
    expect(isFailure(article) ? null : article.section).toBe('opinion');
  });
});
