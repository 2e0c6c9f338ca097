// Named-entity speed on CoNLL-2003 eng.testa (3,250 sentences), one core:
//   tagger — the two-stage tagger alone on the given tokens (no rule hints);
//   stage  — extractMentions as the pipeline runs it: sentence split, rule finder (hints),
//            tagger, in-article resolution.
// Model load time is reported apart. One untimed warm-up pass, then RUNS timed passes;
// reports the median pass as sentences per second of wall time and of this process's CPU
// time (the fairer figure on a shared machine, where wall time includes waiting for a core).
// Prints a JSON summary.
// Run after `npm run build`. Usage:
//   node bench/ner-speed.mjs [CoNLL folder, default ../shared/corpora/entities/conll2003]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const RUNS = Math.max(1, Number(process.env.RUNS ?? 5));
const dir = process.argv[2] ?? '../shared/corpora/entities/conll2003';
if (!existsSync(join(dir, 'eng.testa'))) {
  console.log(`no eng.testa under ${dir}: skipped`);
  process.exit(0);
}
const { readConll } = await import('../dist/eval/entities/read-conll.js');
const { conllArticle } = await import('../dist/eval/entities/conll-article.js');
const { shippedTagger, tagDocument } = await import('../dist/stages/entities/tagger/index.js');
const { extractMentions } = await import('../dist/stages/entities/index.js');
const { segmentArticle } = await import('../dist/stages/segment/index.js');

const conll = readConll(readFileSync(join(dir, 'eng.testa'), 'utf8'));
const documents = conll.map((d) => d.sentences.map((s) => s.map((t) => t.text)));
const articles = conll.map((d) => conllArticle(d).article).map((article) => ({ article, sentences: segmentArticle(article) }));
const sentences = documents.reduce((n, d) => n + d.length, 0);
const loadStart = performance.now();
const model = shippedTagger();
const loadMs = performance.now() - loadStart;

/** Median wall and CPU milliseconds of RUNS passes, after one warm-up pass. */
function median(pass) {
  pass();
  const wall = [];
  const cpu = [];
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    const c = process.cpuUsage();
    pass();
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  const mid = (xs) => xs.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  return { wall: mid(wall), cpu: mid(cpu) };
}
const rate = (ms) => Math.round((sentences / ms) * 1000);
const rates = (t) => ({ wall: rate(t.wall), cpu: rate(t.cpu) });
const tagger = median(() => { for (const doc of documents) tagDocument(model, doc); });
const stage = median(() => { for (const { article, sentences: s } of articles) extractMentions(article, s); });
console.log(JSON.stringify({ sentences, runs: RUNS, loadMs: Math.round(loadMs), taggerSentencesPerSecond: rates(tagger), stageSentencesPerSecond: rates(stage) }));
