import type { TaggerModel } from './perceptron-tagger.js';

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

export function unpackTaggerModel(packed: string): TaggerModel & { readonly size: number } {
  const lineBreak = packed.indexOf('\n');
  const labels = packed.slice(0, lineBreak < 0 ? undefined : lineBreak).split(' ');
  const bytes = Buffer.from(lineBreak < 0 ? '' : packed.slice(lineBreak + 1), 'base64');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const record = 4 + 2 * labels.length;
  const size = Math.floor(bytes.length / record);
  const keys = new Uint32Array(size);
  const weights = new Int16Array(size * labels.length);
  // Open addressing over a power-of-two table at most half full: a Map keyed by uint32
  // hashes boxes most keys and made loading ten times slower.
  let capacity = 1;
  while (capacity < size * 2) capacity <<= 1;
  const mask = capacity - 1;
  const table = new Int32Array(capacity).fill(-1);
  for (let row = 0; row < size; row++) {
    const offset = row * record;
    const hash = view.getUint32(offset, true);
    keys[row] = hash;
    for (let l = 0; l < labels.length; l++) weights[row * labels.length + l] = view.getInt16(offset + 4 + 2 * l, true);
    let slot = hash & mask;
    while (table[slot] !== -1) slot = (slot + 1) & mask;
    table[slot] = row;
  }
  const addWeights = (hash: number, scores: Float64Array): void => {
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const row = table[slot] ?? -1;
      if (row < 0) return;
      if (keys[row] === hash) {
        for (let l = 0; l < scores.length; l++) scores[l]! += weights[row * labels.length + l] ?? 0;
        return;
      }
    }
  };
  return { labels, size, addWeights };
}
