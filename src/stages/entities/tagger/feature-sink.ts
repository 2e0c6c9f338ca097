import type { FeatureTable } from './feature-table.js';

/** A feature template: its features are the prefix followed by values ("l-1=" + "the"). */
export interface FeatureTemplate {
  readonly prefix: string;
  /** Dense number of the template, so a memo can keep its values in an array slot. */
  readonly index: number;
}

/** A template whose value is read from a word ("l-1=" + the previous word's lower case). */
export interface WordTemplate<W> extends FeatureTemplate {
  readonly valueOf: (word: W) => string;
}

/**
 * A word that keeps the ids of the features it is a value of, by template index: alone
 * (`FeatureIdSink.word`), and with the word after it (`FeatureIdSink.pair`).
 */
export interface IdHolder {
  readonly featureIds: number[];
  /** By template index, by the next word; kept for one generation of the memo (`FeatureIdMemo.pairIds`). */
  pairIds: (Map<IdHolder, number> | undefined)[];
  pairGeneration: number;
}

let templates = 0;

/** A template, numbered in the order modules define them. */
export function featureTemplate(prefix: string): FeatureTemplate {
  return { prefix, index: templates++ };
}

export function wordTemplate<W>(prefix: string, valueOf: (word: W) => string): WordTemplate<W> {
  return { prefix, index: templates++, valueOf };
}

/**
 * Where features go. Features are written as a template and its values
 * (`one(L_PREV, 'the')` is the feature "l-1=the"), so the same definition can build the
 * strings (training, where the table grows as features are met) or look up their ids
 * without building a string per feature (`FeatureIdSink`, tagging).
 */
export interface FeatureSink {
  /** The feature `${prefix}${value}`. */
  one(template: FeatureTemplate, value: string): void;
  /** The feature `${prefix}${a}|${b}`. */
  two(template: FeatureTemplate, a: string, b: string): void;
  /** The feature `${prefix}${a}|${b}|${c}`. */
  three(template: FeatureTemplate, a: string, b: string, c: string): void;
  /** The feature `${prefix}${valueOf(word)}`. */
  word<W extends IdHolder>(template: WordTemplate<W>, word: W): void;
  /** The feature `${prefix}${valueOf(a)}|${valueOf(b)}`. */
  pair<W extends IdHolder>(template: WordTemplate<W>, a: W, b: W): void;
  /** The features written since the last call were one token's. */
  endToken(): void;
}

/** Collects the feature strings themselves, per token. */
export class FeatureStringSink implements FeatureSink {
  readonly tokens: string[][] = [];
  private features: string[] = [];
  one(t: FeatureTemplate, value: string): void { this.features.push(`${t.prefix}${value}`); }
  two(t: FeatureTemplate, a: string, b: string): void { this.features.push(`${t.prefix}${a}|${b}`); }
  three(t: FeatureTemplate, a: string, b: string, c: string): void { this.features.push(`${t.prefix}${a}|${b}|${c}`); }
  word<W extends IdHolder>(t: WordTemplate<W>, word: W): void { this.features.push(`${t.prefix}${t.valueOf(word)}`); }
  pair<W extends IdHolder>(t: WordTemplate<W>, a: W, b: W): void { this.features.push(`${t.prefix}${t.valueOf(a)}|${t.valueOf(b)}`); }
  endToken(): void { this.tokens.push(this.features); this.features = []; }
}

type Level<T> = Map<string, T>;

/**
 * Ids of a frozen table's features by template and values, remembered as they are asked for.
 * Tagging asks for the same few hundred thousand (template, value) pairs again and again;
 * maps keyed by the value strings themselves (whose hashes V8 keeps) answer without
 * building and hashing a new string per feature: building and looking up feature strings
 * took about a fifth of the entities stage's time in a profile on CoNLL-2003 eng.testa.
 */
export class FeatureIdMemo {
  private one: (Level<number> | undefined)[] = [];
  private two: (Level<Level<number>> | undefined)[] = [];
  private three: (Level<Level<Level<number>>> | undefined)[] = [];
  private entries = 0;
  /** Counts the times the memo started over: word pairs remembered before that are dropped. */
  private generation = 0;

  /** Entries remembered before the memo starts over: news vocabularies are open. */
  static readonly LIMIT = 1_000_000;

  constructor(private readonly table: FeatureTable) {}

  private count(): void {
    if (++this.entries <= FeatureIdMemo.LIMIT) return;
    this.one = [];
    this.two = [];
    this.three = [];
    this.entries = 0;
    this.generation++;
  }

  private remember<T>(level: Level<T>, key: string, value: T): T {
    this.count();
    level.set(key, value);
    return value;
  }

  /**
   * The ids `first` keeps for template `t` by the word after it. They count toward `LIMIT`
   * like the memo's own entries, and are dropped when it starts over, so memory stays
   * bounded however much text goes through.
   */
  pairIds(first: IdHolder, t: FeatureTemplate): Map<IdHolder, number> {
    if (first.pairGeneration !== this.generation) { first.pairIds = []; first.pairGeneration = this.generation; }
    let byNext = first.pairIds[t.index];
    if (!byNext) { byNext = new Map(); first.pairIds[t.index] = byNext; }
    return byNext;
  }

  rememberPair(byNext: Map<IdHolder, number>, next: IdHolder, id: number): number {
    this.count();
    byNext.set(next, id);
    return id;
  }

  private static slot<T>(slots: (Level<T> | undefined)[], t: FeatureTemplate): Level<T> {
    return slots[t.index] ?? (slots[t.index] = new Map<string, T>());
  }

  private below<T>(level: Level<Level<T>>, key: string): Level<T> {
    return level.get(key) ?? this.remember(level, key, new Map<string, T>());
  }

  idOne(t: FeatureTemplate, value: string): number {
    const level = FeatureIdMemo.slot(this.one, t);
    return level.get(value) ?? this.remember(level, value, this.table.id(`${t.prefix}${value}`));
  }

  idTwo(t: FeatureTemplate, a: string, b: string): number {
    const level = this.below(FeatureIdMemo.slot(this.two, t), a);
    return level.get(b) ?? this.remember(level, b, this.table.id(`${t.prefix}${a}|${b}`));
  }

  idThree(t: FeatureTemplate, a: string, b: string, c: string): number {
    const level = this.below(this.below(FeatureIdMemo.slot(this.three, t), a), b);
    return level.get(c) ?? this.remember(level, c, this.table.id(`${t.prefix}${a}|${b}|${c}`));
  }
}

const memos = new WeakMap<FeatureTable, FeatureIdMemo>();

/** The memo of a frozen table, kept as long as the table. */
export function featureIdMemo(table: FeatureTable): FeatureIdMemo {
  let memo = memos.get(table);
  if (!memo) { memo = new FeatureIdMemo(table); memos.set(table, memo); }
  return memo;
}

/**
 * Collects the ids of the features a frozen table knows, in the order they are written, for
 * many tokens in one flat list (`start`, `end` give a token's part). One list per sentence
 * instead of one per token spares the garbage collector.
 */
export class FeatureIdSink implements FeatureSink {
  readonly ids: number[] = [];
  private readonly ends: number[] = [];
  constructor(private readonly memo: FeatureIdMemo) {}
  private push(id: number): void { if (id >= 0) this.ids.push(id); }
  one(t: FeatureTemplate, value: string): void { this.push(this.memo.idOne(t, value)); }
  two(t: FeatureTemplate, a: string, b: string): void { this.push(this.memo.idTwo(t, a, b)); }
  three(t: FeatureTemplate, a: string, b: string, c: string): void { this.push(this.memo.idThree(t, a, b, c)); }
  /**
   * The word keeps the id in its own slot for the template: most context features are a
   * neighbour's word, shape or cluster, so this spares a map lookup per feature. Words must
   * come from one table's cache (`wordEntry`), as the ids are that table's.
   */
  word<W extends IdHolder>(t: WordTemplate<W>, word: W): void {
    let id = word.featureIds[t.index];
    if (id === undefined) { id = this.memo.idOne(t, t.valueOf(word)); word.featureIds[t.index] = id; }
    this.push(id);
  }
  /** As `word`, for two words in a row: the first keeps the id, by the second. */
  pair<W extends IdHolder>(t: WordTemplate<W>, a: W, b: W): void {
    const byNext = this.memo.pairIds(a, t);
    this.push(byNext.get(b) ?? this.memo.rememberPair(byNext, b, this.memo.idTwo(t, t.valueOf(a), t.valueOf(b))));
  }
  endToken(): void { this.ends.push(this.ids.length); }
  /** Token `i`'s ids are `ids[start(i) … end(i))`. */
  start(i: number): number { return i > 0 ? this.ends[i - 1]! : 0; }
  end(i: number): number { return this.ends[i]!; }
}
