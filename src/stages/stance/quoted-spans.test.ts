import { describe, expect, it } from 'vitest';
import { fixtureArticle } from '../entities/fixture-article.js';
import { segmentArticle } from '../segment/index.js';
import { ownWords, quotedMask, quotedSpans, shareInside } from './quoted-spans.js';

describe('quotedSpans', () => {
  it('pairs curly quotes across the sentences of one paragraph', () => {
    const text = '“We kept our promise. We will keep the next one,” Mayor Ana Ruiz said.';
    const article = fixtureArticle(text);
    const [first, second] = segmentArticle(article);
    const spans = quotedSpans(article);
    const mask = quotedMask(text.length, spans);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['We kept our promise. We will keep the next one,']);
    expect(first && shareInside(text, first, mask)).toBe(1);
    expect(second && shareInside(text, second, mask)).toBeGreaterThan(0.5);
  });

  it('pairs straight quotes in order and runs an unclosed quote to the end of its paragraph', () => {
    const text = 'He called the cuts "regrettable" and "unavoidable".\n\n“The routes will close, and nobody will reopen them.';
    const spans = quotedSpans(fixtureArticle(text));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['regrettable', 'unavoidable', 'The routes will close, and nobody will reopen them.']);
  });
});

describe('ownWords', () => {
  it('blanks quoted words and keeps offsets', () => {
    const text = 'A spokeswoman called the plan “a disgrace” on Monday.';
    const article = fixtureArticle(text);
    const [sentence] = segmentArticle(article);
    const own = sentence ? ownWords(text, sentence, quotedMask(text.length, quotedSpans(article))) : '';
    expect(own).toHaveLength(text.length);
    expect(own).not.toContain('disgrace');
    expect(own).toContain('on Monday.');
  });
});
