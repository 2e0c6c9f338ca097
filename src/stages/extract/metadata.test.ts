import { describe, expect, it } from 'vitest';
import { cleanAuthors } from './clean-authors.js';
import { cleanTitle } from './clean-title.js';
import { extractHtml } from './extract-html.js';
import { dateFromUrl, parseLooseDate } from './parse-date.js';

const page = (head: string, body = ''): string =>
  `<html><head>${head}</head><body><article><p>${'The Brackton ferry resumed service on Friday after a week of storms, the operator said. '.repeat(4)}</p>${body}</article></body></html>`;

describe('parseLooseDate', () => {
  it.each([
    ['2024-03-05', { value: '2024-03-05', precision: 'day' }],
    ['2024-03-05T14:00:00+01:00', { value: '2024-03-05T14:00:00+01:00', precision: 'second' }],
    ['2024-03-05T14:00:00.000Z', { value: '2024-03-05T14:00:00Z', precision: 'second' }],
    ['Tue, 05 Mar 2024 14:00:00 GMT', { value: '2024-03-05T14:00:00Z', precision: 'second' }],
    ['Tue, 05 Mar 2024 14:00:00 -0500', { value: '2024-03-05T14:00:00-05:00', precision: 'second' }],
    ['March 5, 2024', { value: '2024-03-05', precision: 'day' }],
    ['5th March 2024, 3:15 pm EST', { value: '2024-03-05T15:15-05:00', precision: 'minute' }],
    ['Published 2024/03/05 09:30', { value: '2024-03-05T09:30', precision: 'minute' }],
  ])('%s', (input, expected) => {
    expect(parseLooseDate(input)).toEqual(expected);
  });

  it.each(['', 'yesterday', '2024-02-30', '13/45/2024', 'March 2024'])('rejects %j', (input) => {
    expect(parseLooseDate(input)).toBeNull();
  });

  it('reads dates from URL paths only in year/month/day order', () => {
    expect(dateFromUrl('https://news.example/2024/03/05/ferry')).toEqual({ value: '2024-03-05', precision: 'day' });
    expect(dateFromUrl('https://news.example/2024-03-05-ferry')).toEqual({ value: '2024-03-05', precision: 'day' });
    expect(dateFromUrl('https://news.example/story/123456')).toBeNull();
  });
});

describe('cleanTitle', () => {
  it.each([
    ['Ferry resumes service | The Brackton Herald', 'The Brackton Herald', 'Ferry resumes service'],
    ['Ferry resumes service after a week of storms - Herald', null, 'Ferry resumes service after a week of storms'],
    ['Ferry back - Herald', null, 'Ferry back - Herald'],
    ['The Brackton Herald: Ferry resumes', 'The Brackton Herald', 'The Brackton Herald: Ferry resumes'],
    ['Talks - and more talks - as the ferry strike drags on into its third week', null, 'Talks - and more talks - as the ferry strike drags on into its third week'],
  ])('%s', (raw, site, expected) => {
    expect(cleanTitle(raw, site, null)).toBe(expected);
  });

  it('prefers the <h1> when the title starts with it', () => {
    expect(cleanTitle('Ferry resumes service after storms :: Herald Online', null, 'Ferry resumes service after storms')).toBe('Ferry resumes service after storms');
  });
});

describe('cleanAuthors', () => {
  it('splits, strips "By", dates, roles, URLs and the site name', () => {
    expect(cleanAuthors(['By Mara Quill and Tobias Fenn, 5 March 2024', 'https://herald.example/staff/mq', 'Brackton Herald', 'Staff'], 'Brackton Herald'))
      .toEqual(['Mara Quill', 'Tobias Fenn']);
  });

  it('keeps one entry per person, first spelling', () => {
    expect(cleanAuthors(['Ana Ruiz', 'ANA RUIZ', 'Ana Ruiz (Reporter)'], null)).toEqual(['Ana Ruiz']);
  });
});

describe('extractHtml metadata provenance', () => {
  it('uses a <time> element when there is no JSON-LD or meta date', () => {
    const result = extractHtml(page('<title>Ferry back</title>', '<time datetime="2024-03-08T07:00:00Z">Friday</time>'));
    expect(result.published).toEqual({ value: '2024-03-08T07:00:00Z', precision: 'second', provenance: 'time-element', confidence: 0.7 });
  });

  it('falls back to the URL path, then to nothing', () => {
    expect(extractHtml(page('<title>Ferry back</title>'), 'https://herald.example/2024/03/08/ferry')?.published)
      .toEqual({ value: '2024-03-08', precision: 'day', provenance: 'url', confidence: 0.6 });
    expect(extractHtml(page('<title>Ferry back</title>')).published).toBeNull();
  });

  it('marks opinion pages from JSON-LD type or URL path', () => {
    const ld = '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"OpinionNewsArticle","headline":"Keep the ferry public"}]}</script>';
    expect(extractHtml(page(ld)).section).toBe('opinion');
    expect(extractHtml(page('<title>Keep the ferry public</title>'), 'https://herald.example/opinion/ferry').section).toBe('opinion');
  });

  it('survives broken JSON-LD and reads og tags instead', () => {
    const head = '<script type="application/ld+json">{"@type": "NewsArticle", broken</script><meta property="og:title" content="Ferry back"><meta property="og:site_name" content="Herald">';
    const result = extractHtml(page(head));
    expect(result.title).toBe('Ferry back');
    expect(result.siteName).toBe('Herald');
  });
});
