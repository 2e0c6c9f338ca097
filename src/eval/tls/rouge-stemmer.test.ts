import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRougeResources } from './rouge-resources.js';
import { rougePorterStem } from './rouge-stemmer.js';

const ROUGE155 = join(process.env['STORYLINE_CORPORA'] ?? resolve(process.cwd(), '../shared/corpora'), 'metrics/rouge155');
const VECTORS = join(ROUGE155, 'perl_stems.tsv');

describe('rougePorterStem', () => {
  it('keeps ROUGE-1.5.5 quirks that standard Porter stemmers do not have', () => {
    expect(rougePorterStem('running')).toBe('run');
    expect(rougePorterStem('ponies')).toBe('poni');
    expect(rougePorterStem('caresses')).toBe('caress');
    expect(rougePorterStem('relational')).toBe('relat');
    expect(rougePorterStem('yielding')).toBe('yield');
    expect(rougePorterStem('as')).toBe('as');
  });

  // Each line: word, MorphStem (WordNet exception first) and plain Porter, both from the Perl.
  it.skipIf(!existsSync(VECTORS))('reproduces every Perl test vector in perl_stems.tsv', () => {
    const { exceptions } = loadRougeResources(ROUGE155);
    const mismatches: string[] = [];
    const lines = readFileSync(VECTORS, 'utf8').split('\n').filter((line) => line !== '');
    for (const line of lines) {
      const [word = '', morph, porter] = line.split('\t');
      const stem = rougePorterStem(word);
      const morphStem = exceptions.get(word) ?? stem;
      if (stem !== porter || morphStem !== morph) mismatches.push(`${word}: ${stem}/${morphStem} ≠ ${porter}/${morph}`);
    }
    expect(lines.length).toBeGreaterThan(28_000);
    expect(mismatches.slice(0, 10)).toEqual([]);
  });
});
