/**
 * Builds the word-cluster table the NER tagger uses (models/ner/clusters.tsv.gz) from
 * unlabelled news: Timeline17 articles, Multi-News documents and the words of CoNLL-2003
 * eng.train (labels unused). Only words and their cluster paths are written, never text.
 *
 *   npx tsx scripts/build-ner-clusters.mts [--corpora ../shared/corpora] [--out models/ner]
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { readConll } from '../src/eval/entities/read-conll.js';
import { buildWordClusters } from '../src/stages/entities/tagger/build-word-clusters.js';
import { splitWords } from '../src/stages/entities/tagger/split-words.js';

const { values } = parseArgs({ options: { corpora: { type: 'string', default: '../shared/corpora' }, out: { type: 'string', default: 'models/ner' } } });
const corpora = values.corpora!;
if (!existsSync(join(corpora, 'timelines/t17'))) {
  console.log(`no corpora under ${corpora}: nothing to do`);
  process.exit(0);
}

function files(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.txt') ? [path] : [];
  });
}

/** One unit per line of text (news lines are paragraphs; sentence splits matter little here). */
function lines(text: string): string[][] {
  return text.split(/\n/).map((l) => splitWords(l.trim()).map((t) => t.text)).filter((w) => w.length > 0);
}

const texts: string[] = files(join(corpora, 'timelines/t17')).map((f) => readFileSync(f, 'utf8'));
const multinews = join(corpora, 'summaries/multinews-val.jsonl');
if (existsSync(multinews)) {
  for (const line of readFileSync(multinews, 'utf8').split('\n')) if (line.trim()) texts.push(...(JSON.parse(line) as { documents: string[] }).documents);
}
const conll = join(corpora, 'entities/conll2003/eng.train');
const conllSentences = existsSync(conll) ? readConll(readFileSync(conll, 'utf8')).flatMap((d) => d.sentences.map((s) => s.map((t) => t.text))) : [];
const tokenised = [...texts.flatMap(lines), ...conllSentences];
console.log(`${tokenised.length} lines, ${tokenised.reduce((n, s) => n + s.length, 0)} tokens`);
// Sizes chosen for a table of a few hundred kB that covers the common names of news; a
// depth of 12 gives up to 4,096 leaves, about what Brown clusters for NER use (1,000-3,000).
const clusters = buildWordClusters(() => tokenised, { vocabulary: 50_000, minCount: 3, contexts: 300, depth: 12, minSize: 4, iterations: 6 });
const table = [...clusters].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([w, p]) => `${w}\t${p}`).join('\n');
writeFileSync(join(values.out!, 'clusters.tsv.gz'), gzipSync(table, { level: 9 }));
console.log(`wrote ${clusters.size} words`);
