import { describe, expect, it } from 'vitest';
import { quotedRegionAt } from './quoted-region.js';

describe('quotedRegionAt', () => {
  it('finds the ``…\'\' stretch holding an offset, and nothing outside it', () => {
    const sentence = "``We leave Thursday,'' the captain said.";
    expect(quotedRegionAt(sentence, sentence.indexOf('Thursday'))).toEqual({ start: 2, end: sentence.indexOf("''") });
    expect(quotedRegionAt(sentence, sentence.indexOf('said'))).toBeNull();
  });

  it('pairs straight and curly quotes', () => {
    const straight = 'She said "we leave Thursday" and left.';
    expect(quotedRegionAt(straight, straight.indexOf('Thursday'))).toEqual({ start: 10, end: straight.lastIndexOf('"') });
    const curly = 'She said “we leave Thursday” and left.';
    expect(quotedRegionAt(curly, curly.indexOf('Thursday'))?.start).toBe(10);
  });

  it('lets a quote run in from the sentence before or on to the next', () => {
    const closing = "We leave Thursday,'' the captain said.";
    expect(quotedRegionAt(closing, closing.indexOf('Thursday'))).toEqual({ start: 0, end: closing.indexOf("''") });
    const opening = 'The captain said: ``We leave Thursday.';
    expect(quotedRegionAt(opening, opening.indexOf('Thursday'))?.end).toBe(opening.length);
  });

  it('gives up on an odd number of straight quotes', () => {
    const odd = 'We leave Thursday," the captain said.';
    expect(quotedRegionAt(odd, odd.indexOf('Thursday'))).toBeNull();
  });
});
