import { describe, expect, it } from 'vitest';
import { cleanTitle } from './clean-title.js';
import { headingInTitle } from './heading-in-title.js';

describe('headingInTitle: the part of the title a heading of the page repeats', () => {
  it.each([
    ['Ferry notes « Harbour Economist', ['Harbour Economist', 'Ferry notes', 'Leave a Reply'], 'Ferry notes'],
    ['Tides! — Marta’s Blog', ['Translate This Blog', 'Tides!'], 'Tides!'],
    ['» Why the ferry habit matters :harbourhabits', ['Why the ferry habit matters'], 'Why the ferry habit matters'],
    // Both parts are headings: the first heading of the page is the blog's banner.
    ['BRACKTON HOME - Going...Going...Gone!', ['BRACKTON HOME', 'May 22, 2012', 'Going...Going...Gone!'], 'Going...Going...Gone!'],
    ['Pier lights - Things to Make and Do - The Crafty Gull', ['Things to Make and Do - The Crafty Gull', 'Categories', 'Pier lights'], 'Pier lights'],
    // Neither is first: the longer is the post; a site name in the footer does not win.
    ['Preview of my talk at the harbour summit: Church of the Ferry Blog', ['Authors', 'Church of the Ferry Blog', 'Preview of my talk at the harbour summit'], 'Preview of my talk at the harbour summit'],
    ['Ferry report: another delay in Brackton - Ferrydot', ['Ferry report: another delay in Brackton 253', 'Related', 'Ferry report: another delay in Brackton', 'Ferrydot'], 'Ferry report: another delay in Brackton'],
  ])('%j → %j', (title, headings, expected) => {
    expect(headingInTitle(title, headings)).toBe(expected);
  });

  it.each([
    ['a title that is itself a heading', 'The future of ferries: live this Friday', ['Harbour Mill', 'The future of ferries: live this Friday', 'The future of ferries']],
    ['a subtitle after a colon', 'The future of ferries: live broadcast this Friday « Harbour Mill', ['The future of ferries']],
    ['a one-word label before a long headline', 'Politics | Mayor resigns after audit of the harbour budget', ['Politics', 'Sport']],
    ['a label before a colon', 'Analysis: why fares rose', ['Analysis']],
    ['a heading that only begins a longer word', 'Covid-19 cases rise in Brackton | Courier', ['Covid']],
    ['no heading at all', 'Mayor resigns | Courier', ['Weather']],
  ])('leaves %s alone', (_what, title, headings) => {
    expect(headingInTitle(title, headings)).toBeNull();
  });

  it('is used by cleanTitle when the word-count rules cannot decide', () => {
    expect(cleanTitle('Ferry notes « Harbour Economist', null, null)).toBe('Ferry notes « Harbour Economist');
    expect(cleanTitle('Ferry notes « Harbour Economist', null, null, ['Harbour Economist', 'Ferry notes'])).toBe('Ferry notes');
  });
});
