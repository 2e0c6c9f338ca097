import { describe, expect, it } from 'vitest';
import { articleFromText } from './article-from-text.js';
import {
  fingerprintArticle, lightStem, lshBands, minhashSignature, minhashSimilarity, normaliseWords, shingles, simhashDistance, termVector,
} from './index.js';

const TEXT = [
  'The harbour authority of Port Salvin closed the northern shipping lane on Friday after a cargo vessel lost power and drifted onto a sandbank.',
  'Harbour master Odile Brennecke said tugs would try to refloat the vessel, the Gannet Star, at high tide on Saturday morning.',
  'No injuries were reported, and the authority said there was no sign of fuel leaking from the hull.',
].join('\n\n');

describe('normaliseWords and lightStem', () => {
  it('lower-cases and strips punctuation and apostrophes', () => {
    expect(normaliseWords('The mayor\'s “plan” — U.S.-backed!')).toEqual(['the', 'mayors', 'plan', 'u', 's', 'backed']);
  });

  it('folds plurals and verb endings', () => {
    expect(['talks', 'talked', 'talking', 'talk'].map(lightStem)).toEqual(['talk', 'talk', 'talk', 'talk']);
    expect(['cities', 'city', 'based', 'base', 'stopped'].map(lightStem)).toEqual(['citi', 'citi', 'bas', 'bas', 'stop']);
    expect(['movie', 'movies', 'carried', 'carry'].map(lightStem)).toEqual(['movi', 'movi', 'carri', 'carri']);
    expect(lightStem('crisis')).toBe('crisis');
  });
});

describe('minhash', () => {
  it('gives identical texts similarity 1 and unrelated texts about 0', () => {
    const a = minhashSignature(shingles(normaliseWords(TEXT)));
    const b = minhashSignature(shingles(normaliseWords(TEXT)));
    const c = minhashSignature(shingles(normaliseWords('A quite different sentence about a village fete and a prize-winning marrow grown by a retired teacher.')));
    expect(a).toHaveLength(128);
    expect(minhashSimilarity(a, b)).toBe(1);
    expect(minhashSimilarity(a, c)).toBeLessThan(0.05);
  });

  it('bands a signature into 64 stable keys and none for an empty text', () => {
    const bands = lshBands(minhashSignature(shingles(normaliseWords(TEXT))));
    expect(bands).toHaveLength(64);
    expect(bands[3]).toMatch(/^b3:[0-9a-f]{8}$/);
    expect(lshBands(minhashSignature([]))).toEqual([]);
  });
});

describe('termVector', () => {
  it('ranks headline and repeated names above incidental words and drops stop words', () => {
    const terms = termVector({ title: 'Cargo ship runs aground off Port Salvin', lead: TEXT.split('\n\n')[0] ?? '', body: TEXT }).map((t) => t.term);
    expect(terms.slice(0, 5)).toEqual(expect.arrayContaining(['port', 'salvin', 'cargo']));
    expect(terms.slice(0, 12)).toEqual(expect.arrayContaining(['harbour', 'vessel']));
    expect(terms).not.toContain('the');
    expect(terms).not.toContain('said');
  });
});

describe('fingerprintArticle', () => {
  it('ignores the title and boilerplate blocks in the hashes but not in the terms', () => {
    const plain = { title: 'Ship aground at Port Salvin', text: TEXT };
    const withFooter = articleFromText({ ...plain, title: 'Another headline', text: `${TEXT}\n\nSubscribe to our newsletter for more.`, boilerplate: [3] });
    const bare = articleFromText(plain);
    const a = fingerprintArticle(bare.article, bare.sentences);
    const b = fingerprintArticle(withFooter.article, withFooter.sentences);
    expect(b.exactHash).toBe(a.exactHash);
    expect(b.minhash).toEqual(a.minhash);
    expect(a.terms).toContain('aground');
    expect(a.simhash).toMatch(/^[0-9a-f]{16}$/);
    expect(simhashDistance(a.simhash, b.simhash)).toBeLessThan(16);
  });
});
