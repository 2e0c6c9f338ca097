import { describe, expect, it } from 'vitest';
import { authorsFromValue, splitAuthors } from './authors.js';

describe('splitAuthors', () => {
  it('splits bylines on commas, "and" and "&", dropping "By"', () => {
    expect(splitAuthors('By Ana Ruiz, Tom Okafor & Lee Wu and Sandra Bandeira')).toEqual(['Ana Ruiz', 'Tom Okafor', 'Lee Wu', 'Sandra Bandeira']);
  });

  it('reads RSS "address (Name)" authors and drops bare addresses', () => {
    expect(splitAuthors('desk@harbour-gazette.example (Mina Castell)')).toEqual(['Mina Castell']);
    expect(splitAuthors('news@valley-courier.example')).toEqual([]);
  });

  it('drops trailing punctuation', () => {
    expect(splitAuthors('Amber Castell.')).toEqual(['Amber Castell']);
  });
});

describe('authorsFromValue', () => {
  it('accepts strings, string arrays and objects with a name', () => {
    expect(authorsFromValue(['Ada Ferro', { name: 'Joel Ardent' }])).toEqual(['Ada Ferro', 'Joel Ardent']);
    expect(authorsFromValue(42)).toBeNull();
  });
});
