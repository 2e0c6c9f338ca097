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

/**
 * Per frozen table: the history of a word with no `p1l=` feature, and of each word with one,
 * read from the table once. The same objects are handed out for every token.
 */
const frozenIndex = new WeakMap<FeatureTable, { none: HistoryIds; byWord: Map<string, HistoryIds> }>();

function indexOf(table: FeatureTable): { none: HistoryIds; byWord: Map<string, HistoryIds> } {
  let index = frozenIndex.get(table);
  if (index) return index;
  const alone = Int32Array.from(PREVIOUS.map((p) => table.id(`p1=${p}`)));
  const rows = new Map<string, Int32Array>();
  table.features().forEach((f, id) => {
    if (!f.startsWith('p1l=')) return;
    const bar = f.indexOf('|');
    const previous = PREVIOUS.indexOf(f.slice(4, bar));
    const word = f.slice(bar + 1);
    const row = rows.get(word) ?? new Int32Array(PREVIOUS.length).fill(-1);
    row[previous] = id;
    rows.set(word, row);
  });
  const byWord = new Map([...rows].map(([word, withWord]) => [word, { alone, withWord }]));
  index = { none: { alone, withWord: new Int32Array(PREVIOUS.length).fill(-1) }, byWord };
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
    return index.byWord.get(lower) ?? index.none;
  }
  return {
    alone: Int32Array.from(PREVIOUS.map((p) => table.id(`p1=${p}`))),
    withWord: Int32Array.from(PREVIOUS.map((p) => table.id(`p1l=${p}|${lower}`))),
  };
}
