import { describe, expect, it } from 'vitest';
import { cleanTitle } from './clean-title.js';

describe('cleanTitle: the headline without the site around it', () => {
  it.each([
    ['Mayor resigns after audit | The Valley Courier', 'The Valley Courier', 'Mayor resigns after audit'],
    ['Mayor resigns after audit | Valley Courier', 'The Valley Courier', 'Mayor resigns after audit'],
    ['Mayor resigns after audit | Politics | The Valley Courier', 'The Valley Courier', 'Mayor resigns after audit'],
    ['Mayor resigns after audit – valleycourier.example', null, 'Mayor resigns after audit'],
    ['VALLEY COURIER | Mayor resigns after audit of city budget', 'Valley Courier', 'Mayor resigns after audit of city budget'],
    ['Harbour bridge to close for a month of repairs - Courier', null, 'Harbour bridge to close for a month of repairs'],
  ])('%j → %j', (raw, site, expected) => {
    expect(cleanTitle(raw, site, null)).toBe(expected);
  });

  it('leaves separators inside a headline alone', () => {
    const raw = 'Talks - and more talks - as the strike drags on into its third week';
    expect(cleanTitle(raw, null, null)).toBe(raw);
    expect(cleanTitle('Analysis: why the ferry fares went up', 'Valley Courier', null)).toBe('Analysis: why the ferry fares went up');
    // A three-word headline before a long blog name is not taken for a site prefix.
    expect(cleanTitle('Extreme harbour decor | Hatch: The Fenwick Design Blog', null, null)).toBe('Extreme harbour decor | Hatch: The Fenwick Design Blog');
  });

  it('keeps a short section word when no longer headline leads', () => {
    expect(cleanTitle('Ferry | Fares | The Valley Courier', 'The Valley Courier', null)).toBe('Ferry | Fares');
  });

  it('prefers the <h1> when the title starts with it', () => {
    expect(cleanTitle('Mayor resigns after audit - Breaking - Courier', null, 'Mayor resigns after audit')).toBe('Mayor resigns after audit');
  });

  it.each([
    ['Fenwick Notes – Onion and ricotta frittata for a crowd', 'Fenwick Notes', 'Onion and ricotta frittata for a crowd'],
    ["Marta's Blog: Yesterday's over", "Marta's Blog", "Yesterday's over"],
  ])('takes what follows when the <h1> is the blog name: %j', (raw, h1, expected) => {
    expect(cleanTitle(raw, null, h1)).toBe(expected);
  });

  it.each([
    ['Fenwick Blog | 5 videos of a tightrope walk over the harbour', '5 videos of a tightrope walk over the harbour'],
    ["Making harbour e-mail more scalable « Marta's Blog", 'Making harbour e-mail more scalable'],
    ['Report: another ferry delay in Brackton — this time with rain - Ferrydot', 'Report: another ferry delay in Brackton — this time with rain'],
  ])('strips an unknown site name: %j', (raw, expected) => {
    expect(cleanTitle(raw, null, null)).toBe(expected);
  });
});
