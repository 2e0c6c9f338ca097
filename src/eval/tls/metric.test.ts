import { describe, expect, it } from 'vitest';
import {
  alignManyToOne, approxRouge1F, dateF1, formatTimeline, parseTimeline, rougeNCounts, rougeTokens, type RougeResources, type Timeline,
} from './index.js';

const resources: RougeResources = { stopwords: new Set(['the', 'a', 'of', 'on']), exceptions: new Map([['geese', 'goose']]) };
const tl = (entries: Record<string, string[]>): Timeline => new Map(Object.entries(entries));

describe('rougeTokens', () => {
  it('lowercases ASCII only, splits hyphens, drops stopwords and non-ASCII, stems long tokens', () => {
    const tokens = rougeTokens([['The', 'Geese', 'crossed', 'a', 'well-known', 'café', 'ferry', '$']], resources);
    expect(tokens).toEqual(['goose', 'cross', 'well', 'known', 'caf', 'ferri']);
  });

  it('keeps the text before the first "<" only, like ROUGE reading SEE files', () => {
    expect(rougeTokens([['floods', '<b>', 'storms']], resources)).toEqual(['flood']);
    expect(rougeTokens([['<i>', 'storms']], resources)).toEqual([]);
  });

  it('turns "^" into the "circ" token that the SEE escaping produces', () => {
    expect(rougeTokens([['x^2']], resources)).toEqual(['x', 'circ', '2']);
  });
});

describe('rougeNCounts', () => {
  it('clips hits by the model count and counts the peer once per model', () => {
    const counts = rougeNCounts([['river', 'river', 'bridge']], [[['river', 'bridge']], [['bridge']]], 1, resources);
    expect(counts).toEqual({ hits: 3, model: 3, peer: 6 });
  });
});

describe('approxRouge1F', () => {
  it('ignores tokens that are substrings of Python punctuation', () => {
    expect(approxRouge1F(['Storm hits coast .'], [['Storm hits coast ,']])).toBe(1);
    expect(approxRouge1F(['storm'], [['Storm']])).toBe(0);
  });
});

describe('alignManyToOne and dateF1', () => {
  const gold = tl({ '2031-05-01': ['Dam opens on the river .'], '2031-05-10': ['Bridge closes for repairs .'] });

  it('gives full scores to an identical timeline', () => {
    const scores = alignManyToOne(gold, [gold], resources);
    expect(scores.rouge1.fScore).toBeCloseTo(1, 12);
    expect(scores.rouge2.fScore).toBeCloseTo(1, 12);
    expect(dateF1(gold, [gold]).fScore).toBe(1);
  });

  it('discounts content placed one day off by 1/2', () => {
    const shifted = tl({ '2031-05-02': ['Dam opens on the river .'], '2031-05-10': ['Bridge closes for repairs .'] });
    const scores = alignManyToOne(shifted, [gold], resources);
    // "dam open river": 3 unigrams at weight 1/2; "bridge close for repair": 4 at weight 1; of 7.
    expect(scores.rouge1.precision).toBeCloseTo(5.5 / 7, 12);
    expect(scores.rouge1.recall).toBeCloseTo(5.5 / 7, 12);
    expect(dateF1(shifted, [gold])).toEqual({ precision: 0.5, recall: 0.5, fScore: 0.5 });
  });

  it('scores an empty prediction as zero instead of failing', () => {
    expect(alignManyToOne(new Map(), [gold], resources).rouge1.fScore).toBe(0);
  });
});

describe('timeline files', () => {
  it('round-trips the standard format', () => {
    const timeline = tl({ '2031-05-10': ['Bridge closes .'], '2031-05-01': ['Dam opens .', 'Crowds gather .'] });
    const text = formatTimeline(timeline);
    expect(text.split('\n')[0]).toBe('2031-05-01');
    expect(parseTimeline(text)).toEqual(new Map([['2031-05-01', ['Dam opens .', 'Crowds gather .']], ['2031-05-10', ['Bridge closes .']]]));
  });

  it('reads dates the way Python strptime does and ignores text after the last separator', () => {
    const text = `2031-5-1\r\n  Dam opens .  \r\n${'-'.repeat(32)}\n2031-02-30\nnot a date line\n${'-'.repeat(32)}\n2031-06-01\ndangling\n`;
    expect(parseTimeline(text)).toEqual(new Map([['2031-05-01', ['Dam opens .']]]));
  });
});
