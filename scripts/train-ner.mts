/**
 * Trains the named-entity tagger (src/stages/entities/tagger) and writes models/ner/tagger.bin.gz.
 *
 *   npx tsx scripts/train-ner.mts [--corpora ../shared/corpora] [--out models/ner] [--epochs 10]
 *
 * Training data: CoNLL-2003 eng.train (Reuters, research use). Word clusters are read from
 * models/ner/clusters.tsv.gz when present (scripts/build-ner-clusters.mts). The rule-based name finder runs on every document to give
 * the tagger its hint features. Prints the eng.testa score of the result (tokens as given).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { chunksOf, readConll, type ConllDocument } from '../src/eval/entities/read-conll.js';
import { NerTally } from '../src/eval/entities/ner-score.js';
import { conllArticle } from '../src/eval/entities/conll-article.js';
import { ruleHints } from '../src/stages/entities/rule-hints.js';
import { ruleMentions } from '../src/stages/entities/rule-mentions.js';
import { segmentArticle } from '../src/stages/segment/index.js';
import { encodeTaggerModel, decodeTaggerModel } from '../src/stages/entities/tagger/model-file.js';
import { labelsFromSpans, spansFromLabels, type EntityLabelType } from '../src/stages/entities/tagger/labels.js';
import { tagDocument } from '../src/stages/entities/tagger/tag-document.js';
import { trainTagger, type LabelledDocument } from '../src/stages/entities/tagger/train-tagger.js';
import { NO_CLUSTERS, parseWordClusters } from '../src/stages/entities/tagger/word-clusters.js';

const { values } = parseArgs({
  options: {
    corpora: { type: 'string', default: '../shared/corpora' },
    out: { type: 'string', default: 'models/ner' },
    epochs: { type: 'string', default: '10' },
    'min-weight': { type: 'string', default: '0.05' },
  },
});
const corpora = values.corpora!;
const conll = join(corpora, 'entities/conll2003');
if (!existsSync(join(conll, 'eng.train'))) {
  console.log(`no CoNLL-2003 training data under ${conll}: nothing to do`);
  process.exit(0);
}

/** The rule finder's labels for a CoNLL document, computed the way the product computes them. */
function hintsOf(doc: ConllDocument): string[][] {
  const { article, offsets } = conllArticle(doc);
  return ruleHints(ruleMentions(article, segmentArticle(article)), offsets.map((line) => line.map(([start, end]) => ({ start, end }))));
}

function labelled(doc: ConllDocument): LabelledDocument {
  const sentences = doc.sentences.map((s) => s.map((t) => t.text));
  const labels = doc.sentences.map((s) => labelsFromSpans(chunksOf(s.map((t) => t.tag)).map((c) => ({ ...c, type: c.type as EntityLabelType })), s.length));
  return { sentences, labels, hints: hintsOf(doc) };
}

const clusterFile = join(values.out!, 'clusters.tsv.gz');
const clusters = existsSync(clusterFile) ? parseWordClusters(gunzipSync(readFileSync(clusterFile)).toString('utf8')) : NO_CLUSTERS;
console.log(`clusters: ${clusters.size} words`);
const train = readConll(readFileSync(join(conll, 'eng.train'), 'utf8')).map(labelled);
console.log(`training on ${train.length} CoNLL documents`);
const started = Date.now();
const model = trainTagger(train, clusters, { epochs: Number(values.epochs), seed: 2003, folds: 2, log: (m) => console.log(`  ${m} (${((Date.now() - started) / 1000).toFixed(0)} s)`) });
const trainedOn = 'CoNLL-2003 eng.train (Reuters, research use)';
const bytes = encodeTaggerModel(model, { minWeight: Number(values['min-weight']), trainedOn });
writeFileSync(join(values.out!, 'tagger.bin.gz'), bytes);
console.log(`wrote ${join(values.out!, 'tagger.bin.gz')} (${(bytes.length / 1e6).toFixed(2)} MB)`);

// The shipped (pruned, quantised) model on eng.testa, tokens as given.
const shipped = { ...decodeTaggerModel(bytes), clusters };
const testa = readConll(readFileSync(join(conll, 'eng.testa'), 'utf8'));
const tally = new NerTally();
for (const doc of testa) {
  const predicted = tagDocument(shipped, doc.sentences.map((s) => s.map((t) => t.text)), hintsOf(doc));
  doc.sentences.forEach((s, i) => tally.add(chunksOf(s.map((t) => t.tag), i), spansFromLabels(predicted[i]!).map((c) => ({ ...c, sentence: i }))));
}
console.log('eng.testa (tokens as given):', JSON.stringify(tally.overall()), JSON.stringify(tally.byType()));
