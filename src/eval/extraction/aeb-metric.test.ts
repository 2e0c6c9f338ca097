import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { aebTokens, matchShingles, parsePredictions, readPredictionsFile, scoreExtraction } from './index.js';

const AEB = path.resolve(process.cwd(), '../shared/corpora', 'extraction/aeb');
const hasCorpus = existsSync(path.join(AEB, 'ground-truth.json'));

const map = (entries: Record<string, string>): Map<string, string> => new Map(Object.entries(entries));

describe('AEB metric, unit', () => {
  it('tokenises on letters, digits and underscore in any script, keeping case', () => {
    expect(aebTokens('Mayor Ödön said: "cost_1 is €4.5m" — 北京')).toEqual(['Mayor', 'Ödön', 'said', 'cost_1', 'is', '4', '5m', '北京']);
  });

  it('counts 4-gram shingles as multisets', () => {
    // gold has 3 shingles, the prediction repeats the gold and adds one extra token.
    const counts = matchShingles('a b c d e f', 'a b c d e f g');
    expect(counts.tp / (counts.tp + counts.fp)).toBeCloseTo(3 / 4, 12);
    expect(counts.tp / (counts.tp + counts.fn)).toBe(1);
  });

  it('treats a 1–3 token text as one shorter shingle', () => {
    expect(matchShingles('Fenwick wins', 'Fenwick wins')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(matchShingles('Fenwick wins', 'Fenwick loses').tp).toBe(0);
  });

  it('applies the special cases and averages P and R over different document sets', () => {
    const gold = map({ same: 'one two three four five', empty: '', missed: 'alpha beta gamma delta', extra: '' });
    const predicted = map({ same: 'one two three four five', empty: '', missed: '', extra: 'noise words here' });
    const score = scoreExtraction(gold, predicted);
    // precision: docs with tp+fp>0 are `same` (1) and `extra` (0); `empty` has no shingles at all.
    expect(score.precision).toBeCloseTo(0.5, 12);
    // recall: docs with tp+fn>0 are `same` (1) and `missed` (0).
    expect(score.recall).toBeCloseTo(0.5, 12);
    expect(score.f1).toBeCloseTo(0.5, 12);
    expect(score.accuracy).toBeCloseTo(2 / 4, 12);
    expect(score.documents).toBe(4);
  });

  it('scores a document missing from the predictions as an empty prediction', () => {
    const score = scoreExtraction(map({ a: 'w x y z', b: 'p q r s' }), map({ a: 'w x y z' }));
    expect(score.recall).toBeCloseTo(0.5, 12);
    expect(score.precision).toBe(1);
  });

  it('reads bare maps and {version, output} files with string or {articleBody} values', () => {
    expect(parsePredictions({ a: 'text', b: { articleBody: 'body' }, c: { url: 'x' } })).toEqual(map({ a: 'text', b: 'body', c: '' }));
    expect(parsePredictions({ version: '1.0', output: { a: { articleBody: 'body' } } })).toEqual(map({ a: 'body' }));
  });
});

describe('AEB metric reproduces the published reference scores', () => {
  it.skipIf(!hasCorpus).each([
    ['trafilatura', 0.9575025204943414],
    ['newspaper', 0.9486639476399961],
    ['readability_js', 0.9467476387190945],
    ['html-text', 0.6649362919914934],
  ])('%s F1 = %f', (name, f1) => {
    const gold = readPredictionsFile(path.join(AEB, 'ground-truth.json'));
    const score = scoreExtraction(gold, readPredictionsFile(path.join(AEB, 'reference-outputs', `${name}.json`)));
    expect(score.documents).toBe(181);
    expect(Math.abs(score.f1 - f1)).toBeLessThan(1e-9);
  });
});
