import { gunzipSync, gzipSync } from 'node:zlib';
import { FeatureTable } from './feature-table.js';
import { LABEL_COUNT, LABELS } from './labels.js';
import { SparseWeights, type WeightMatrix } from './perceptron.js';

const FORMAT = 'storyline.ner-tagger.v1';

/** What the file holds besides the weights. */
interface Header {
  readonly format: string;
  readonly labels: readonly string[];
  readonly features: number;
  readonly scales: readonly [number, number];
  readonly trainedOn: string;
}

/**
 * A feature survives pruning when some label weight of either stage reaches `minWeight`:
 * averaged weights below it are noise from a handful of updates.
 */
function keptFeatures(stages: readonly WeightMatrix[], features: number, minWeight: number): number[] {
  const kept: number[] = [];
  for (let f = 0; f < features; f++) {
    let max = 0;
    for (const w of stages) for (let l = 0; l < LABEL_COUNT; l++) max = Math.max(max, Math.abs(w[f * LABEL_COUNT + l] ?? 0));
    if (max >= minWeight) kept.push(f);
  }
  return kept;
}

function quantise(w: WeightMatrix, kept: readonly number[]): { values: Int16Array; scale: number } {
  let max = 0;
  for (const f of kept) for (let l = 0; l < LABEL_COUNT; l++) max = Math.max(max, Math.abs(w[f * LABEL_COUNT + l] ?? 0));
  const scale = max / 32767 || 1;
  const values = new Int16Array(kept.length * LABEL_COUNT);
  kept.forEach((f, k) => { for (let l = 0; l < LABEL_COUNT; l++) values[k * LABEL_COUNT + l] = Math.round((w[f * LABEL_COUNT + l] ?? 0) / scale); });
  return { values, scale };
}

const u32 = (n: number): Buffer => { const b = Buffer.alloc(4); b.writeUInt32LE(n); return b; };

/** Gzipped binary: header JSON, feature strings (newline-separated), two int16 weight matrices. */
export function encodeTaggerModel(model: { table: FeatureTable; stage1: WeightMatrix; stage2: WeightMatrix }, options: { minWeight: number; trainedOn: string }): Buffer {
  const all = model.table.features();
  const kept = keptFeatures([model.stage1, model.stage2], all.length, options.minWeight);
  const [a, b] = [quantise(model.stage1, kept), quantise(model.stage2, kept)];
  const header: Header = { format: FORMAT, labels: LABELS, features: kept.length, scales: [a.scale, b.scale], trainedOn: options.trainedOn };
  const headerBytes = Buffer.from(JSON.stringify(header));
  const strings = Buffer.from(kept.map((f) => all[f]!).join('\n'));
  const parts = [u32(headerBytes.length), headerBytes, u32(strings.length), strings, Buffer.from(a.values.buffer), Buffer.from(b.values.buffer)];
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export interface DecodedModel {
  readonly table: FeatureTable;
  readonly stage1: SparseWeights;
  readonly stage2: SparseWeights;
  readonly trainedOn: string;
}

/**
 * The quantised weights, unscaled (each stage's scale multiplies every score it sums, so it
 * changes no decision), stored sparse for tagging. Copied out of the buffer first, since an
 * Int16Array view needs an even byte offset, which the header does not keep (little-endian,
 * as wherever Node runs).
 */
function readMatrix(raw: Buffer, offset: number, count: number): SparseWeights {
  return SparseWeights.fromDense(new Int16Array(raw.buffer.slice(raw.byteOffset + offset, raw.byteOffset + offset + 2 * count)));
}

export function decodeTaggerModel(gzipped: Buffer): DecodedModel {
  const raw = gunzipSync(gzipped);
  const headerLength = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + headerLength).toString('utf8')) as Header;
  if (header.format !== FORMAT || header.labels.join() !== LABELS.join()) throw new Error(`unsupported NER model format ${header.format}`);
  let offset = 4 + headerLength;
  const stringLength = raw.readUInt32LE(offset);
  offset += 4;
  const features = header.features === 0 ? [] : raw.subarray(offset, offset + stringLength).toString('utf8').split('\n');
  offset += stringLength;
  const count = header.features * LABEL_COUNT;
  const stage1 = readMatrix(raw, offset, count);
  const stage2 = readMatrix(raw, offset + 2 * count, count);
  return { table: new FeatureTable(features), stage1, stage2, trainedOn: header.trainedOn };
}
