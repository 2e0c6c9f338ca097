import { describe, expect, it } from 'vitest';
import { buildWordClusters } from './build-word-clusters.js';
import { LABELS, labelsFromSpans, spansFromLabels } from './labels.js';
import { decodeTaggerModel, encodeTaggerModel } from './model-file.js';
import { splitWords } from './split-words.js';
import { tagDocument, tagDocumentWithMargins } from './tag-document.js';
import { tagSentences } from './tag-sentences.js';
import { trainTagger, type LabelledDocument } from './train-tagger.js';
import { NO_CLUSTERS } from './word-clusters.js';
import { wordShapes } from './word-shape.js';

describe('splitWords', () => {
  it('splits punctuation and clitics off as CoNLL-2003 does, keeping abbreviations whole', () => {
    const words = splitWords('"We won," said Mr. Okoro of Brightwell Inc. in the U.S. (Halvik) today.');
    expect(words.map((w) => w.text)).toEqual(['"', 'We', 'won', ',', '"', 'said', 'Mr.', 'Okoro', 'of', 'Brightwell', 'Inc.', 'in', 'the', 'U.S.', '(', 'Halvik', ')', 'today', '.']);
  });

  it('keeps offsets into the source text', () => {
    const text = "Okoro's firm didn't";
    for (const w of splitWords(text, 10)) expect(text.slice(w.start - 10, w.end - 10)).toBe(w.text);
    expect(splitWords(text).map((w) => w.text)).toEqual(['Okoro', "'s", 'firm', 'did', "n't"]);
  });

  it('leaves space-separated tokens alone (CoNLL text joined by spaces reads back the same)', () => {
    const tokens = ['Kessel', 'Corp.', 'rose', '1-0', ',', 'said', 'St.', 'Olave', '.'];
    expect(splitWords(tokens.join(' ')).map((w) => w.text)).toEqual(tokens);
  });
});

describe('BILOU labels', () => {
  it('round-trips spans', () => {
    const spans = [{ start: 0, end: 2, type: 'PER' as const }, { start: 3, end: 4, type: 'LOC' as const }, { start: 5, end: 8, type: 'ORG' as const }];
    const labels = labelsFromSpans(spans, 9);
    expect(labels.map((l) => LABELS[l])).toEqual(['B-PER', 'L-PER', 'O', 'U-LOC', 'O', 'B-ORG', 'I-ORG', 'L-ORG', 'O']);
    expect(spansFromLabels(labels)).toEqual(spans);
  });
});

describe('wordShapes', () => {
  it('caps long runs and collapses short ones', () => {
    expect(wordShapes('Brightwell')).toEqual({ long: 'Xxxxx', short: 'Xx' });
    expect(wordShapes('A320-200')).toEqual({ long: 'Xddd-ddd', short: 'Xd-d' });
  });
});

/** A fictional toy world: people "<Given> <Surname> said", places "in <Town>". */
function toyDocuments(): LabelledDocument[] {
  const people = [['Ana', 'Vell'], ['Ivo', 'Marrt'], ['Lena', 'Okafor'], ['Tor', 'Besk'], ['Mira', 'Dahlen']];
  const towns = ['Halvik', 'Brenmoor', 'Castoria', 'Velmora', 'Ostrand'];
  return people.map(([given, surname], i) => {
    const town = towns[i]!;
    const sentences = [[given!, surname!, 'said', 'the', 'plan', 'was', 'ready', '.'], ['Workers', 'in', town, 'agreed', '.'], [surname!, 'left', 'for', town, 'on', 'Monday', '.']];
    const labels = [
      labelsFromSpans([{ start: 0, end: 2, type: 'PER' }], 8),
      labelsFromSpans([{ start: 2, end: 3, type: 'LOC' }], 5),
      labelsFromSpans([{ start: 0, end: 1, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }], 7),
    ];
    return { sentences, labels };
  });
}

describe('trainTagger', () => {
  const docs = toyDocuments();
  const model = { ...trainTagger(docs, NO_CLUSTERS, { epochs: 5, seed: 1, folds: 2 }), clusters: NO_CLUSTERS };

  it('learns its training data', () => {
    for (const doc of docs) expect(tagDocument(model, doc.sentences)).toEqual(doc.labels);
  });

  it('generalises to an unseen name in a known pattern', () => {
    const labels = tagDocument(model, [['Workers', 'in', 'Quarry', 'agreed', '.']]);
    expect(spansFromLabels(labels[0]!)).toEqual([{ start: 2, end: 3, type: 'LOC' }]);
  });

  it('gives the same labels with margins, smaller where the model guesses', () => {
    const known = [['Ana', 'Vell', 'said', 'the', 'plan', 'was', 'ready', '.']];
    const decoded = tagDocumentWithMargins(model, known);
    expect(decoded.map((d) => d.labels)).toEqual(tagDocument(model, known));
    const guessed = tagDocumentWithMargins(model, [['Quarry', 'Pell', 'said', 'the', 'plan', 'was', 'ready', '.']]);
    expect(decoded[0]!.margins.every((m) => m > 0)).toBe(true);
    expect(Math.min(...guessed[0]!.margins.slice(0, 2))).toBeLessThan(Math.min(...decoded[0]!.margins.slice(0, 2)));
  });

  it('keeps the closing bracket of a name that opened it', () => {
    // A club with its town in brackets, labelled as CoNLL-2003 does.
    const bracketDocs: LabelledDocument[] = ['Halvik', 'Brenmoor', 'Castoria'].map((town) => ({
      sentences: [['Rad', '(', town, ')', 'won', '.']],
      labels: [labelsFromSpans([{ start: 0, end: 4, type: 'ORG' }], 6)],
    }));
    const clubs = { ...trainTagger(bracketDocs, NO_CLUSTERS, { epochs: 5, seed: 1, folds: 2 }), clusters: NO_CLUSTERS };
    const text = 'Rad (Halvik) won.';
    const spans = tagSentences(clubs, text, [{ start: 0, end: text.length }]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Rad (Halvik)']);
  });

  it('survives the shipped file format (pruned, quantised) with the same output', () => {
    const bytes = encodeTaggerModel(model, { minWeight: 0.001, trainedOn: 'toy' });
    const decoded = { ...decodeTaggerModel(bytes), clusters: NO_CLUSTERS };
    expect(decoded.trainedOn).toBe('toy');
    for (const doc of docs) expect(tagDocument(decoded, doc.sentences)).toEqual(doc.labels);
  });
});

describe('buildWordClusters', () => {
  it('puts words used alike on a shared path prefix', () => {
    const sentences = [['the', 'cat', 'sat'], ['the', 'dog', 'sat'], ['a', 'cat', 'ran'], ['a', 'dog', 'ran'], ['Ana', 'said', 'it'], ['Ivo', 'said', 'it'], ['Ana', 'ran'], ['Ivo', 'ran']];
    const paths = buildWordClusters(() => sentences, { vocabulary: 100, minCount: 1, contexts: 20, depth: 3, minSize: 2, iterations: 5 });
    const top = (w: string): string => (paths.get(w) ?? '').slice(0, 2);
    expect(top('cat')).toBe(top('dog'));
    expect(top('Ana')).toBe(top('Ivo'));
    expect(top('cat')).not.toBe(top('Ana'));
  });
});
