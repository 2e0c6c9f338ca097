import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { scoreExtraction } from '/work/main/src/eval/extraction/aeb-metric.ts';
import { readPredictionsFile } from '/work/main/src/eval/extraction/read-predictions.ts';
const base = '/work/shared/corpora/extraction/aeb/';
const gt = JSON.parse(readFileSync(base + 'ground-truth.json', 'utf8'));
const gold = readPredictionsFile(base + 'ground-truth.json');
const pred = new Map<string, string>();
for (const f of readdirSync(base + 'html')) {
  const id = f.replace('.html.gz', '');
  const html = gunzipSync(readFileSync(base + 'html/' + f)).toString('utf8');
  try { const dom = new JSDOM(html, { url: gt[id].url, virtualConsole: new VirtualConsole() }); const a = new Readability(dom.window.document).parse(); pred.set(id, a?.textContent ?? ''); dom.window.close(); } catch { pred.set(id, ''); }
}
console.log(scoreExtraction(gold, pred));
