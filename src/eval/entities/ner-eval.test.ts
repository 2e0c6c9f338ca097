import { describe, expect, it } from 'vitest';
import { chunksOf, NerTally, predictChunks, readConll } from './index.js';


// A self-written CoNLL-format fixture about invented people and places.
const FIXTURE = [
  '-DOCSTART- -X- O O',
  '',
  'TARNBY NNP I-NP I-LOC',
  '2024-05-02 CD I-NP O',
  '',
  'Odile NNP I-NP I-PER',
  'Marchetti NNP I-NP I-PER',
  'of IN I-PP O',
  'Brightwell NNP I-NP I-ORG',
  'Foundry NNP I-NP I-ORG',
  'Ltd NNP I-NP I-ORG',
  'said VBD I-VP O',
  'on IN I-PP O',
  'Monday NNP I-NP O',
  '. . O O',
  '',
  '-DOCSTART- -X- O O',
  '',
  'Eskeland NNP I-NP I-LOC',
  'won VBD I-VP O',
  '. . O O',
].join('\n');

describe('readConll', () => {
  it('splits documents and sentences and keeps the last column as the tag', () => {
    const docs = readConll(FIXTURE);
    expect(docs).toHaveLength(2);
    expect(docs[0]?.sentences).toHaveLength(2);
    expect(docs[0]?.sentences[1]?.[0]).toEqual({ text: 'Odile', tag: 'I-PER' });
  });

  it('reads IOB1 chunks as conlleval does: B- splits two adjacent names of one type', () => {
    expect(chunksOf(['I-PER', 'I-PER', 'O', 'I-ORG', 'I-LOC', 'B-LOC'])).toEqual([
      { sentence: 0, start: 0, end: 2, type: 'PER' },
      { sentence: 0, start: 3, end: 4, type: 'ORG' },
      { sentence: 0, start: 4, end: 5, type: 'LOC' },
      { sentence: 0, start: 5, end: 6, type: 'LOC' },
    ]);
  });
});

describe('NerTally', () => {
  it('scores exact spans with matching types, micro-averaged', () => {
    const tally = new NerTally();
    const gold = chunksOf(['I-PER', 'I-PER', 'O', 'I-LOC']);
    // Right person, place typed as an organisation: one of two correct.
    tally.add(gold, [{ sentence: 0, start: 0, end: 2, type: 'PER' }, { sentence: 0, start: 3, end: 4, type: 'ORG' }]);
    expect(tally.overall()).toMatchObject({ gold: 2, predicted: 2, correct: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(tally.byType().PER?.f1).toBe(1);
    expect(tally.byType().LOC?.recall).toBe(0);
  });
});

describe('predictChunks', () => {
  it('maps our mentions to CoNLL token ranges and labels', () => {
    const [first] = readConll(FIXTURE);
    const chunks = predictChunks(first!);
    expect(chunks).toContainEqual({ sentence: 0, start: 0, end: 1, type: 'LOC' });
    expect(chunks).toContainEqual({ sentence: 1, start: 0, end: 2, type: 'PER' });
    expect(chunks).toContainEqual({ sentence: 1, start: 3, end: 6, type: 'ORG' });
  });

  it('labels an adjective built on a place MISC, as CoNLL does, though the stage keeps the place', () => {
    const [doc] = readConll(['A DT O O', 'Tarnby-based JJ I-NP I-MISC', 'charity NN I-NP O', 'helped VBD I-VP O', '. . O O'].join('\n'));
    expect(predictChunks(doc!)).toContainEqual({ sentence: 0, start: 1, end: 2, type: 'MISC' });
  });
});
