import { describe, expect, it } from 'vitest';
import { extractMentions } from '../entities/index.js';
import { articleFromText } from '../fingerprint/index.js';
import { ROUND_UP, SINGLE_REPORT } from './round-up-fixture.js';
import { splitPassages } from './index.js';

function split(plain: { id: string; title: string; text: string; published: string }) {
  const { article, sentences } = articleFromText(plain);
  return splitPassages(article, sentences, extractMentions(article, sentences));
}

describe('splitPassages', () => {
  it('splits a round-up into one passage per happening, each a run of whole blocks', () => {
    const passages = split(ROUND_UP);
    expect(passages.map((p) => [p.firstBlock, p.lastBlock])).toEqual([[0, 1], [2, 3], [4, 4]]);
    const { article } = articleFromText(ROUND_UP);
    expect(article.text.slice(passages[1]!.start, passages[1]!.end)).toMatch(/^In Velmora, .* after the fire destroyed the old collection\.$/s);
  });

  it('leaves a report alone when its later paragraphs only move on to other people', () => {
    expect(split(SINGLE_REPORT)).toEqual([]);
  });

  it('does not split short articles or a single paragraph', () => {
    const first = ROUND_UP.text.split('\n\n')[0]!;
    expect(split({ ...ROUND_UP, text: first })).toEqual([]);
    expect(split({ ...ROUND_UP, text: `${first}\n\nFarmers near Oskarn reported early blossom.` })).toEqual([]);
  });

  it('keeps a heading with the item it heads', () => {
    const { article, sentences } = articleFromText(ROUND_UP);
    // The same round-up with a heading block before its second item.
    const headed = {
      ...article,
      blocks: article.blocks.map((b, i) => (i === 2 ? { ...b, kind: 'heading' as const } : b)),
    };
    const passages = splitPassages(headed, sentences, extractMentions(headed, sentences));
    expect(passages.some((p) => p.firstBlock === 2)).toBe(true);
  });
});

describe('splitPassages on long pages', () => {
  it('gives passages that tile the content without overlapping, on a page of many short blocks', () => {
    // The round-up's sentences as one block each, as live pages and some crawls come.
    const sentences = ROUND_UP.text.split('\n\n').flatMap((p) => p.split(/(?<=\.) (?=[A-Z])/));
    const { article, sentences: segmented } = articleFromText({ ...ROUND_UP, text: sentences.join('\n\n') });
    const passages = splitPassages(article, segmented, extractMentions(article, segmented));
    expect(passages.length).toBeGreaterThanOrEqual(2);
    passages.forEach((p, i) => {
      expect(p.firstBlock).toBeLessThanOrEqual(p.lastBlock);
      if (i > 0) expect(p.firstBlock).toBe(passages[i - 1]!.lastBlock + 1);
    });
  });
});
