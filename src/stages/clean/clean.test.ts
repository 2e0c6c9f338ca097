import { describe, expect, it } from 'vitest';
import type { Article, BlockKind } from '../../core/model.js';
import { assembleText } from '../extract/assemble-text.js';
import { cleanArticle, collectLineStats } from './index.js';

function makeArticle(blocks: readonly (string | [BlockKind, string])[], outlet = 'The Fenwick Gazette', title = 'Fenwick opens new library'): Article {
  const assembled = assembleText(blocks.map((b) => (typeof b === 'string' ? { kind: 'paragraph' as const, text: b } : { kind: b[0], text: b[1] })));
  return {
    id: 'a_0000000000000000', sourceHash: 'f'.repeat(64), locator: 'x', format: 'html', outlet, url: null, canonicalUrl: null,
    title, authors: [], published: null, modified: null, language: 'en', section: null, ...assembled,
    extraction: { method: 'test', confidence: 0.9 }, extra: {},
  };
}

const REPORT = [
  'The town of Fenwick opened its new public library on Saturday after three years of building work, the council said.',
  'Librarian Nora Pike said the building would stay open until nine in the evening on weekdays.',
];

const reasons = (a: Article): (string | undefined)[] => a.blocks.map((b) => (b.kind === 'boilerplate' ? b.reason : undefined));

describe('cleanArticle rules', () => {
  it.each([
    ['share-prompt', 'Share this article'],
    ['subscribe-prompt', 'Sign up for our free morning newsletter and get the headlines in your inbox'],
    ['read-more-teaser', 'READ MORE: Fenwick council approves library budget'],
    ['comment-widget', 'Leave a Reply'],
    ['comment-widget', 'View all 24 comments'],
    ['copyright', '© 2024 The Fenwick Gazette. All rights reserved.'],
    ['follow-us', 'Follow us on Twitter and Facebook for the latest news'],
    ['click-here', 'Click here to see the full list of opening hours'],
    ['syndication-note', 'The post Fenwick opens new library appeared first on The Fenwick Gazette.'],
    ['syndication-note', 'This article was originally published by the Eastwick Echo and is republished here with permission.'],
  ])('marks %s: "%s"', (rule, line) => {
    const cleaned = cleanArticle(makeArticle([...REPORT, line, 'The library cost four million pounds to build, officials said.']));
    expect(reasons(cleaned)).toEqual([undefined, undefined, rule, undefined]);
  });

  it('keeps a real news paragraph that mentions subscribing or clicking', () => {
    const news = 'Residents can subscribe to a text alert service, the council said, and anyone who wants to click here and there on the new catalogue will find it easy, Pike added.';
    expect(reasons(cleanArticle(makeArticle([...REPORT, news])))).toEqual([undefined, undefined, undefined]);
  });

  it('marks a block that repeats the headline, but never the title block', () => {
    const cleaned = cleanArticle(makeArticle([['title', 'Fenwick opens new library'], 'Fenwick opens new library', ...REPORT]));
    expect(reasons(cleaned)).toEqual([undefined, 'repeats-headline', undefined, undefined]);
  });

  it('marks a related-story list and short trailing lines without final punctuation', () => {
    const cleaned = cleanArticle(makeArticle([...REPORT, ['heading', 'You may also like'], ['list-item', 'Fenwick pool to close for winter'], ['list-item', 'New bus route for Eastwick']]));
    expect(reasons(cleaned)).toEqual([undefined, undefined, 'related-list', 'related-list', 'related-list']);
    const tail = cleanArticle(makeArticle([...REPORT, REPORT[0] ?? '', 'Filed under Fenwick', 'Local news']));
    expect(reasons(tail)).toEqual([undefined, undefined, undefined, 'short-tail', 'short-tail']);
  });

  it('marks a "More … Stories" list whose items carry a long dek', () => {
    const dek = 'A long look at how the town of Fenwick rebuilt its library, its pool and its bandstand in one summer, and what it cost';
    const cleaned = cleanArticle(makeArticle([...REPORT, ['heading', 'More Great Gazette Stories'], ['list-item', dek], ['list-item', 'Fenwick pool to close']]));
    expect(reasons(cleaned)).toEqual([undefined, undefined, 'related-list', 'related-list', 'related-list']);
  });

  it('keeps a closing list and an embedded post attribution at the end', () => {
    const list = cleanArticle(makeArticle([...REPORT, ['list-item', 'March 5 – Fenwick Town Hall'], ['list-item', 'March 9 – Eastwick Corn Exchange']]));
    expect(reasons(list)).toEqual([undefined, undefined, undefined, undefined]);
    const post = cleanArticle(makeArticle([...REPORT, 'Great day for the town', '— Nora Pike (@norapike) March 5, 2024']));
    expect(reasons(post)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it.each([
    ['ad-label', 'ADVERTISEMENT'], ['dateline', 'Updated: 5 March 2024, 09:01'], ['byline', 'By Nora Pike - 03/05/24 11:04 AM'],
    ['photo-credit', 'The new reading room on opening day (Photo: Gazette)'], ['script-notice', 'This slideshow requires JavaScript.'],
    ['author-contact', 'Have a tip? Nora Pike may be reached at npike@gazette.example. Follow her on Twitter @norapike.'],
    ['subscribe-prompt', 'Get the latest updates right in your inbox. Subscribe to the Gazette’s newsletters.'],
    ['subscribe-prompt', 'If you enjoyed this article, we have a proposition for you: become a Gazette member today.'],
    ['photo-credit', '© Ada Lark Readers queue outside the new library in Fenwick on Saturday.'],
  ])('marks %s: "%s"', (rule, line) => {
    expect(reasons(cleanArticle(makeArticle([...REPORT, line, REPORT[1] ?? ''])))).toEqual([undefined, undefined, rule, undefined]);
  });

  it('leaves sentences that merely start like a byline or dateline alone', () => {
    const lines = ['By Monday, the council had voted to keep the library open.', 'Updated figures released in 2024 show visits doubled.'];
    expect(reasons(cleanArticle(makeArticle([...REPORT, ...lines])))).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('keeps text and offsets unchanged and lowers confidence by the boilerplate share', () => {
    const original = makeArticle([...REPORT, 'Share this article']);
    const cleaned = cleanArticle(original);
    expect(cleaned.text).toBe(original.text);
    expect(cleaned.blocks.map((b) => [b.start, b.end])).toEqual(original.blocks.map((b) => [b.start, b.end]));
    expect(cleaned.extraction.confidence).toBeLessThan(0.9);
    expect(cleaned.extraction.confidence).toBeGreaterThan(0.8);
  });
});

describe('line statistics', () => {
  const footer = 'Reporting by the Gazette newsroom team in Fenwick.';
  const streets = ['Mill', 'Baker', 'Station', 'Harbour', 'Chapel', 'Market', 'Orchard', 'Bridge', 'Church', 'Castle', 'Tanner', 'Abbey'];
  const batch = (n: number, from: number): Article[] =>
    Array.from({ length: n }, (_, i) => makeArticle([`The ${streets[from + i] ?? 'High'} Street fair in Fenwick drew large crowds, officials said.`, footer]));

  it('marks a block that recurs in at least 3 articles and 30% of the outlet', () => {
    const stats = collectLineStats(batch(4, 0));
    expect(stats.outlets['The Fenwick Gazette']?.articles).toBe(4);
    expect(reasons(cleanArticle(batch(1, 10)[0] as Article, stats))).toEqual([undefined, 'recurring-line']);
  });

  it('adds batches incrementally without changing earlier stats', () => {
    const first = collectLineStats(batch(2, 0));
    const second = collectLineStats(batch(2, 2), first);
    expect(first.outlets['The Fenwick Gazette']?.articles).toBe(2);
    expect(second).toEqual(collectLineStats(batch(4, 0)));
    // Two articles are not enough evidence.
    expect(reasons(cleanArticle(batch(1, 10)[0] as Article, first))).toEqual([undefined, undefined]);
  });

  it('does not count a line from another outlet', () => {
    const stats = collectLineStats(batch(4, 0));
    const other = makeArticle(['The Eastwick Echo reported on the fair in Fenwick on Sunday, organisers said.', footer], 'The Eastwick Echo');
    expect(reasons(cleanArticle(other, stats))).toEqual([undefined, undefined]);
  });
});
