import { describe, expect, it } from 'vitest';
import { documentContext } from './document-context.js';
import { decodeWithMargins } from './decode-with-margins.js';
import { FeatureIdMemo, FeatureIdSink } from './feature-sink.js';
import { FeatureTable } from './feature-table.js';
import { gazetteerFeatures } from './gazetteer-features.js';
import { LABEL_COUNT, labelsFromSpans } from './labels.js';
import { SparseWeights, denseScorer } from './perceptron.js';
import { prepareDocument, secondStageIds, tagDocument, tagDocumentWithMargins } from './tag-document.js';
import { contextFeatures, sentenceFacts, wordFacts, writeContextFeatures } from './token-features.js';
import { trainTagger, type LabelledDocument } from './train-tagger.js';
import { viterbiDecode } from './viterbi-decode.js';
import { NO_CLUSTERS } from './word-clusters.js';

// The tagging path (cached word entries, ids without feature strings, word-level partial
// scores) must give exactly what the training path's feature strings give.

/** A fictional toy world: people "<Given> <Surname> said", places "in <Town>". */
function toyDocuments(): LabelledDocument[] {
  const people = [['Ana', 'Vell'], ['Ivo', 'Marrt'], ['Lena', 'Okafor'], ['Tor', 'Besk']];
  const towns = ['Halvik', 'Brenmoor', 'Castoria', 'Velmora'];
  return people.map(([given, surname], i) => ({
    sentences: [[given!, surname!, 'said', 'the', 'plan', 'was', 'ready', '.'], ['Workers', 'in', towns[i]!, 'agreed', '.'], ['HALVIK', 'PORT', 'OPENS']],
    labels: [labelsFromSpans([{ start: 0, end: 2, type: 'PER' }], 8), labelsFromSpans([{ start: 2, end: 3, type: 'LOC' }], 5), labelsFromSpans([{ start: 0, end: 1, type: 'LOC' }], 3)],
    hints: [['B-person', 'L-person', 'O', 'O', 'O', 'O', 'O', 'O'], ['O', 'O', 'U-place!', 'O', 'O'], ['U-place', 'O', 'O']],
  }));
}

const unseen = [['Mira', 'Dahlen', 'said', 'Quarry', 'was', 'in', 'Ostrand', '.'], ['DAHLEN', 'WINS', 'IN', 'OSTRAND'], ['Dahlen', 'left', '1996', '.']];
const unseenHints = [['B-person', 'L-person', 'O', 'U-other', 'O', 'O', 'U-place!', 'O'], ['U-other', 'O', 'O', 'U-place'], ['U-person', 'O', 'O', 'O']];

describe('the tagging path', () => {
  const model = { ...trainTagger(toyDocuments(), NO_CLUSTERS, { epochs: 4, seed: 2, folds: 2 }), clusters: NO_CLUSTERS };

  /** Both stages through the training path: feature strings, then ids. */
  function byStrings(sentences: readonly (readonly string[])[], hints?: readonly (readonly string[])[]) {
    const doc = prepareDocument(model.table, model.clusters, sentences, hints);
    const first = doc.local.map((ids, s) => viterbiDecode(model.stage1, model.table, ids, doc.lowers[s]!));
    return { doc, second: secondStageIds(model.table, doc, first) };
  }

  it('writes the ids of the feature strings, in their order', () => {
    const context = documentContext(unseen);
    const memo = new FeatureIdMemo(model.table);
    unseen.forEach((words, s) => {
      const inCaps = context.capsSentence[s]!;
      const sentence = sentenceFacts(words.map((w) => wordFacts(w, inCaps, NO_CLUSTERS)), inCaps, context, unseenHints[s]);
      const sink = new FeatureIdSink(memo);
      words.forEach((_, i) => writeContextFeatures(sentence, i, sink));
      const strings = contextFeatures(words, s, context, NO_CLUSTERS, unseenHints[s]);
      words.forEach((_, i) => expect(sink.ids.slice(sink.start(i), sink.end(i))).toEqual([...model.table.idsOf(strings[i]!)]));
    });
  });

  it('gives the labels and margins of the training path, with and without hints', () => {
    for (const hints of [undefined, unseenHints]) {
      const { doc, second } = byStrings(unseen, hints);
      const expected = second.map((ids, s) => viterbiDecode(model.stage2, model.table, ids, doc.lowers[s]!));
      expect(tagDocument(model, unseen, hints)).toEqual(expected);
      const withMargins = second.map((ids, s) => decodeWithMargins(model.stage2, model.table, ids, doc.lowers[s]!));
      expect(tagDocumentWithMargins(model, unseen, hints)).toEqual(withMargins);
    }
  });
});

describe('SparseWeights', () => {
  it('scores as the dense rows do, for fractional and for quantised weights', () => {
    for (const dense of [Float32Array.from({ length: 3 * LABEL_COUNT }, (_, i) => (i % 5 === 0 ? i / 7 - 2 : 0)), Int16Array.from({ length: 3 * LABEL_COUNT }, (_, i) => (i % 4 === 0 ? 300 - 37 * i : 0))]) {
      const sparse = new Float64Array(LABEL_COUNT);
      const full = new Float64Array(LABEL_COUNT);
      SparseWeights.fromDense(dense).addRows([2, 0, -1, 7], sparse);
      denseScorer(Float32Array.from(dense)).addRows([2, 0, -1, 7], full);
      expect([...sparse]).toEqual([...full]);
    }
  });
});

describe('gazetteerFeatures', () => {
  it('marks every list phrase of up to four words, overlapping ones included', () => {
    const keys = ['from', 'the', 'united', 'states', 'of', 'america', 'to', 'the', 'united', 'arab', 'emirates', 'via', 'new', 'york', 'city'];
    // "the united states" and "united states (of america)" are aliases; "new york" a place, "city" a place suffix.
    expect(gazetteerFeatures(keys)).toEqual([
      [], ['g:B-alias-place'], ['g:I-alias-place', 'g:common', 'g:B-alias-place', 'g:B-alias-place'],
      ['g:L-alias-place', 'g:L-alias-place', 'g:I-alias-place', 'g:common'], ['g:I-alias-place'], ['g:L-alias-place', 'g:U-alias-place'],
      [], [], ['g:common', 'g:B-place', 'g:B-alias-place'], ['g:I-place', 'g:I-alias-place'], ['g:L-place', 'g:L-alias-place'],
      ['g:common'], ['g:common', 'g:B-place'], ['g:L-place'], ['g:placesuf', 'g:common'],
    ]);
  });
});

describe('FeatureIdMemo', () => {
  it('answers -1 for features the table lacks', () => {
    const memo = new FeatureIdMemo(new FeatureTable(['l-1=the']));
    const sink = new FeatureIdSink(memo);
    sink.one({ prefix: 'l-1=', index: 0 }, 'the');
    sink.one({ prefix: 'l-1=', index: 0 }, 'a');
    sink.endToken();
    expect(sink.ids).toEqual([0]);
  });
});
