import { describe, expect, it } from 'vitest';
import { detokenise } from './read-timeline17.js';

describe('detokenise', () => {
  it('undoes Penn-Treebank tokenisation, one paragraph per line', () => {
    expect(detokenise("The mayor 's plan -LRB- in draft -RRB- was `` bold '' , he said .\nSecond line .")).toBe(
      'The mayor\'s plan (in draft) was "bold", he said.\n\nSecond line.',
    );
  });
});
