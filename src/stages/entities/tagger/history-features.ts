import type { FeatureTable } from './feature-table.js';
import { LABELS } from './labels.js';

/** Previous-label names; index 0 is the sentence start. */
export const PREVIOUS = ['<s>', ...LABELS];

/**
 * Ids of the previous-label features of one token, per possible previous label: the label
 * alone (`p1=`) and the label with the current word (`p1l=`), -1 where the table lacks one.
 */
export interface HistoryIds {
  readonly alone: Int32Array;
  readonly withWord: Int32Array;
}

const NONE = new Int32Array(PREVIOUS.length).fill(-1);

/** Per frozen table: the `p1=` ids, and the `p1l=` ids by word, read from the table once. */
const frozenIndex = new WeakMap<FeatureTable, { alone: Int32Array; byWord: Map<string, Int32Array> }>();

function indexOf(table: FeatureTable): { alone: Int32Array; byWord: Map<string, Int32Array> } {
  let index = frozenIndex.get(table);
  if (index) return index;
  const alone = Int32Array.from(PREVIOUS.map((p) => table.id(`p1=${p}`)));
  const byWord = new Map<string, Int32Array>();
  table.features().forEach((f, id) => {
    if (!f.startsWith('p1l=')) return;
    const bar = f.indexOf('|');
    const previous = PREVIOUS.indexOf(f.slice(4, bar));
    const word = f.slice(bar + 1);
    const row = byWord.get(word) ?? new Int32Array(PREVIOUS.length).fill(-1);
    row[previous] = id;
    byWord.set(word, row);
  });
  index = { alone, byWord };
  frozenIndex.set(table, index);
  return index;
}

/**
 * History feature ids of a token whose lower-cased word is `lower`. A frozen table answers
 * from an index built once (one lookup per token instead of 36 string lookups: most of the
 * tagging time otherwise); a growing table (training) creates the features as it goes.
 */
export function historyIds(table: FeatureTable, lower: string): HistoryIds {
  if (!table.isGrowing) {
    const index = indexOf(table);
    return { alone: index.alone, withWord: index.byWord.get(lower) ?? NONE };
  }
  return {
    alone: Int32Array.from(PREVIOUS.map((p) => table.id(`p1=${p}`))),
    withWord: Int32Array.from(PREVIOUS.map((p) => table.id(`p1l=${p}|${lower}`))),
  };
}
