import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ARTICLE_TYPES, readLabelledSet } from './labelled-set.js';

const SET = fileURLToPath(new URL('../../../examples/opinion-set', import.meta.url));

describe('the shipped opinion set', () => {
  const { articles } = readLabelledSet(SET);

  it('is big enough to mean something: 40+ articles, 600+ labelled sentences, unique ids', () => {
    expect(articles.length).toBeGreaterThanOrEqual(40);
    expect(articles.reduce((n, a) => n + a.paragraphs.length, 0)).toBeGreaterThanOrEqual(600);
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
  });

  it('has every article type and every sentence label in both halves', () => {
    for (const split of ['dev', 'test'] as const) {
      const half = articles.filter((a) => a.split === split);
      expect(new Set(half.map((a) => a.type))).toEqual(new Set(ARTICLE_TYPES));
      expect(new Set(half.flatMap((a) => a.paragraphs.map(([label]) => label)))).toEqual(new Set(['reporting', 'quote', 'opinion', 'boilerplate']));
    }
  });

  it('rejects a line without a split', () => {
    expect(() => readLabelledSet(fileURLToPath(new URL('./fixtures/no-split.jsonl', import.meta.url)))).toThrow();
  });
});
