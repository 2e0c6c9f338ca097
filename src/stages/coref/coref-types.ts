/** Events are actions; entities are participants, places and times. */
export type CorefKind = 'event' | 'entity';

/** The coarse class of an entity mention, when the mention source knows it. */
export type EntityClass = 'person' | 'organisation' | 'thing' | 'place' | 'time';

/** A document as tokenised sentences, keyed by sentence number. */
export interface CorefDocument {
  readonly id: string;
  readonly sentences: ReadonlyMap<number, readonly string[]>;
}

/** A given (gold or detected) mention: token positions in one sentence of one document. */
export interface CorefMention {
  readonly id: string;
  readonly doc: string;
  readonly kind: CorefKind;
  readonly sentence: number;
  /** Ascending token positions in the sentence (a mention may be discontinuous). */
  readonly tokens: readonly number[];
  readonly entityClass?: EntityClass;
}

/** Mention id → cluster id. */
export type CorefClusters = ReadonlyMap<string, string>;
