import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Mention } from '../../core/model.js';
import { conllArticle } from '../entities/conll-article.js';
import { gumFixture } from './gum-fixture.js';
import { nearestPersonBaseline, PronounTally, readGumCoref, runPronounsEval } from './index.js';

const doc = readGumCoref(gumFixture());
const { article, offsets } = conllArticle({ sentences: doc.sentences.map((s) => s.map((text) => ({ text, tag: 'O' }))) });
const at = (word: string, from = 0): number => article.text.indexOf(word, from);
const mention = (text: string, key: string, via?: 'pronoun'): Mention => {
  const start = at(text);
  return { start, end: start + text.length, text, type: 'person', key, name: key, ...(via ? { via } : {}) };
};
const NAMED = [mention('Maria Vance', 'maria vance'), mention('Dean Hale', 'dean hale')];

describe('readGumCoref', () => {
  it('reads tokens, mentions and identity chains', () => {
    expect(doc.sentences.map((s) => s.length)).toEqual([6, 5, 3]);
    const chain = (id: string) => doc.chainOf.get(id);
    expect(chain('1')).toBe(chain('3'));
    expect(chain('2')).toBe(chain('4'));
    expect(chain('1')).not.toBe(chain('2'));
    expect(doc.mentions.find((m) => m.id === '1')?.tokens).toEqual([[0, 0], [0, 1]]);
  });
});

describe('PronounTally', () => {
  it('counts a pronoun right when its key names a mention of its gold chain', () => {
    const tally = new PronounTally();
    tally.add(doc, offsets, [...NAMED, mention('She', 'maria vance', 'pronoun'), mention('he', 'maria vance', 'pronoun')]);
    expect(tally.score()).toMatchObject({ gold: 2, produced: 2, correct: 1, precision: 0.5, recall: 0.5, goldNamed: 2, endToEndRecall: 0.5 });
    expect(tally.score(['female'])).toMatchObject({ gold: 1, correct: 1, f1: 1 });
  });

  it('counts a pronoun on no gold mention (pleonastic "It") as wrong', () => {
    const tally = new PronounTally();
    tally.add(doc, offsets, [...NAMED, { ...mention('It', 'dean hale', 'pronoun'), type: 'organisation' }]);
    expect(tally.score()).toMatchObject({ gold: 2, produced: 1, correct: 0, precision: 0 });
  });

  it('does not count gold pronouns whose chain holds no name the stage found', () => {
    const tally = new PronounTally();
    tally.add(doc, offsets, [mention('Maria Vance', 'maria vance'), mention('he', 'dean hale', 'pronoun')]);
    // "he" is Dean Hale's, a name the stage missed: outside the stage's recall, inside end-to-end recall.
    expect(tally.score()).toMatchObject({ gold: 1, correct: 0, goldNamed: 2, correctNamed: 0, endToEndRecall: 0 });
  });
});

describe('nearestPersonBaseline', () => {
  it('takes the last person named, whatever the gender', () => {
    expect(nearestPersonBaseline(article.text, NAMED).map((m) => `${m.text}→${m.key}`)).toEqual(['She→dean hale', 'he→dean hale']);
  });
});

describe('runPronounsEval', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-pronouns-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs the entities stage on each document and reports news, tuning and all', async () => {
    mkdirSync(join(dir, 'tsv'));
    writeFileSync(join(dir, 'tsv', 'GUM_news_fixture.tsv'), gumFixture());
    writeFileSync(join(dir, 'tsv', 'GUM_bio_fixture.tsv'), gumFixture());
    writeFileSync(join(dir, 'splits.md'), '# Splits\n\n## train\n\n  * GUM_bio_fixture\n  * GUM_news_fixture\n');
    const report = await runPronounsEval({ corpus: dir });
    expect([report.groups.news.documents, report.groups.tuning.documents, report.groups.all.documents]).toEqual([1, 1, 2]);
    expect(report.groups.news.overall).toMatchObject({ gold: 2, produced: 2, correct: 2, f1: 1 });
    expect(report.groups.news.baseline).toMatchObject({ produced: 2, correct: 1 });
  });
});
