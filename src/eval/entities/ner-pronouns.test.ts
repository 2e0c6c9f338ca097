import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../stages/entities/index.js';
import { segmentArticle } from '../../stages/segment/index.js';
import { conllArticle } from './conll-article.js';
import type { ConllDocument } from './read-conll.js';
import { predictChunks } from './run-ner-eval.js';

// Invented people. CoNLL and GUM's NER layer mark names only, so pronoun mentions must not score.
const doc: ConllDocument = {
  sentences: [
    'Harbour reopens'.split(' '),
    'Maria Vance said she would reopen the harbour .'.split(' '),
    'Her deputy Dean Hale said he agreed .'.split(' '),
  ].map((words) => words.map((text) => ({ text, tag: 'O' }))),
};

describe('NER evaluation and pronoun mentions', () => {
  it('scores named mentions only, though the stage also resolves pronouns', () => {
    const { article } = conllArticle(doc);
    const pronouns = extractMentions(article, segmentArticle(article)).filter((m) => m.via === 'pronoun');
    expect(pronouns.map((m) => m.text)).toEqual(['she', 'Her', 'he']);
    expect(predictChunks(doc)).toEqual([
      { sentence: 1, start: 0, end: 2, type: 'PER' },
      { sentence: 2, start: 2, end: 4, type: 'PER' },
    ]);
  });
});
