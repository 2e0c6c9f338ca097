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
  });

  it('keeps a short section word when no longer headline leads', () => {
    expect(cleanTitle('Ferry | Fares | The Valley Courier', 'The Valley Courier', null)).toBe('Ferry | Fares');
  });

  it('prefers the <h1> when the title starts with it', () => {
    expect(cleanTitle('Mayor resigns after audit - Breaking - Courier', null, 'Mayor resigns after audit')).toBe('Mayor resigns after audit');
  });
});
