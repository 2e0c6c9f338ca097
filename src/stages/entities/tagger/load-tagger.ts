import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeTaggerModel } from './model-file.js';
import type { TaggerModel } from './tag-document.js';
import { parseWordClusters } from './word-clusters.js';

/** models/ner at the package root: src/… and dist/… sit at the same depth below it. */
const MODEL_DIR = new URL('../../../../models/ner/', import.meta.url);

let cached: TaggerModel | undefined;

/**
 * The shipped tagger, read once per process on first use (about 0.1 s): processes that
 * never look for names never pay for it.
 */
export function shippedTagger(): TaggerModel {
  if (!cached) {
    const model = decodeTaggerModel(readFileSync(new URL('tagger.bin.gz', MODEL_DIR)));
    const clusters = parseWordClusters(gunzipSync(readFileSync(new URL('clusters.tsv.gz', MODEL_DIR))).toString('utf8'));
    cached = { ...model, clusters };
  }
  return cached;
}
