import type { TaggerGroup, TaggerModel } from './perceptron-tagger.js';

/**
 * The shipped form of a tagger: the labels on the first line, then base64 of one record
 * per feature — its FNV-1a hash (uint32) and one int16 weight per label, little-endian,
 * sorted by hash. Hashes instead of names keep the files small and loading a matter of
 * milliseconds; two features sharing a hash (about one pair in 10^5 features) were already
 * one feature in training.
 */
export function packTaggerModel(labels: readonly string[], weights: ReadonlyMap<number, ArrayLike<number>>): string {
  const summed = [...weights].map(([hash, values]) => [hash, labels.map((_, l) => values[l] ?? 0)] as const);
  const record = 4 + 2 * labels.length;
  const bytes = Buffer.alloc(summed.length * record);
  [...summed].sort((a, b) => a[0] - b[0]).forEach(([hash, values], row) => {
    bytes.writeUInt32LE(hash, row * record);
    values.forEach((v, l) => bytes.writeInt16LE(Math.max(-32768, Math.min(32767, Math.round(v))), row * record + 4 + 2 * l));
  });
  return `${labels.join(' ')}\n${bytes.toString('base64')}`;
}

/** One packed tagger: what `unpackTaggerGroup` reads for each model. */
export function unpackTaggerModel(packed: string): TaggerModel & { readonly size: number } {
  const group = unpackTaggerGroup([packed]);
  // No `touch`: on the cue tagger's table (4 MB) it gained nothing, on the source and
  // content taggers' (8 MB) it took a tenth off their Viterbi search (same features, same machine).
  return { labels: group.labelSets[0] ?? [], size: group.sizes[0] ?? 0, addWeights: group.addWeights };
}

/**
 * Taggers that read the same features (the source and content taggers), their weights side
 * by side in one open-addressing table: one lookup per feature serves all of them. Each slot
 * holds the feature's hash and every model's int16 weights (0 where a model lacks the
 * feature, which adds nothing), 16 bytes for up to six labels, so a lookup touches one
 * cache line; the table is a power of two at most half full. Lookups are memory-bound:
 * three separate arrays (slots, keys, weights) per model made them 55% of the quote
 * stage. Hash 0 marks an empty slot; a feature whose hash is 0 is kept aside. (A Map keyed
 * by uint32 hashes boxes most keys and made loading ten times slower.)
 */
export function unpackTaggerGroup(packed: readonly string[]): TaggerGroup & { readonly sizes: readonly number[]; touch(hashes: Uint32Array): number } {
  const models = packed.map(readPacked);
  const total = models.reduce((sum, m) => sum + m.labels.length, 0);
  let slotShorts = 4;
  while (slotShorts < 2 + total) slotShorts <<= 1;
  const slotInts = slotShorts / 2;
  // Sized for the models' features counted apart, which bounds the distinct ones (the
  // source and content taggers share 21k of their 170k), so the table is at most half full.
  const features = models.reduce((sum, m) => sum + m.keys.length, 0);
  let capacity = 1;
  while (capacity < features * 2) capacity <<= 1;
  const mask = capacity - 1;
  const buffer = new ArrayBuffer(capacity * slotShorts * 2);
  const keys = new Int32Array(buffer);
  const shorts = new Int16Array(buffer);
  const zeroHash = new Int16Array(total);
  let offset = 0;
  for (const model of models) {
    const count = model.labels.length;
    for (let row = 0; row < model.keys.length; row++) {
      const hash = model.keys[row]!;
      let at = -1;
      if (hash !== 0) {
        let slot = hash & mask;
        while (keys[slot * slotInts] !== 0 && keys[slot * slotInts] !== (hash | 0)) slot = (slot + 1) & mask;
        keys[slot * slotInts] = hash | 0;
        at = slot * slotShorts + 2 + offset;
      }
      for (let l = 0; l < count; l++) {
        const weight = model.weights[row * count + l] ?? 0;
        if (at < 0) zeroHash[offset + l] = weight;
        else shorts[at + l] = weight;
      }
    }
    offset += count;
  }
  const addWeights = (hash: number, scores: Float64Array): void => {
    if (hash === 0) {
      for (let l = 0; l < scores.length; l++) scores[l]! += zeroHash[l] ?? 0;
      return;
    }
    const key = hash | 0;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = keys[slot * slotInts]!;
      if (stored === 0) return;
      if (stored === key) {
        const at = slot * slotShorts + 2;
        for (let l = 0; l < scores.length; l++) scores[l]! += shorts[at + l] ?? 0;
        return;
      }
    }
  };
  const touch = (hashes: Uint32Array): number => {
    let sum = 0;
    for (let k = 0; k < hashes.length; k++) sum ^= keys[(hashes[k]! & mask) * slotInts]!;
    return sum;
  };
  return { labelSets: models.map((m) => m.labels), sizes: models.map((m) => m.keys.length), addWeights, touch };
}

/** Labels, hashes and row-major weights of one packed tagger. */
function readPacked(packed: string): { labels: string[]; keys: Uint32Array; weights: Int16Array } {
  const lineBreak = packed.indexOf('\n');
  const labels = packed.slice(0, lineBreak < 0 ? undefined : lineBreak).split(' ');
  const bytes = Buffer.from(lineBreak < 0 ? '' : packed.slice(lineBreak + 1), 'base64');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const record = 4 + 2 * labels.length;
  const size = Math.floor(bytes.length / record);
  const keys = new Uint32Array(size);
  const weights = new Int16Array(size * labels.length);
  for (let row = 0; row < size; row++) {
    keys[row] = view.getUint32(row * record, true);
    for (let l = 0; l < labels.length; l++) weights[row * labels.length + l] = view.getInt16(row * record + 4 + 2 * l, true);
  }
  return { labels, keys, weights };
}
