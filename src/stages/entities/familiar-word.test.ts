import { describe, expect, it } from 'vitest';
import { familiarWord } from './familiar-word.js';
import { shippedTagger } from './tagger/index.js';

describe('familiarWord (shipped tagger)', () => {
  const model = shippedTagger();

  it('knows ordinary words in headline capitals, though training never showed them so', () => {
    expect(familiarWord(model, 'TOSS')).toBe(true);
    expect(familiarWord(model, 'UNDER')).toBe(true);
  });

  it('leaves invented names and words it learnt as capitalised names unfamiliar in capitals', () => {
    expect(familiarWord(model, 'ESKELAND')).toBe(false);
    expect(familiarWord(model, 'SENATE')).toBe(false);
  });

  it('in running text, knows only the words training showed it', () => {
    expect(familiarWord(model, 'Senate')).toBe(true);
    expect(familiarWord(model, 'Eskeland')).toBe(false);
  });
});
