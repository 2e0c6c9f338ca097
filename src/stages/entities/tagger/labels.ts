/** Entity types the tagger predicts, in CoNLL-2003's names. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityLabelType = (typeof ENTITY_TYPES)[number];

/**
 * BILOU labels (Begin, Inside, Last, Unit, Outside): Ratinov & Roth (2009) found them
 * better than IOB: the model learns where a name ends and what a one-word name looks like.
 */
export const LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];
export const LABEL_COUNT = LABELS.length;
export const OUTSIDE = 0;

/** A typed run of tokens [start, end) within one sentence. */
export interface LabelSpan {
  readonly start: number;
  readonly end: number;
  readonly type: EntityLabelType;
}

const prefixOf = (label: number): string => (LABELS[label] ?? 'O')[0]!;
const typeOf = (label: number): string => (LABELS[label] ?? 'O').slice(2);

/** The entity type of a label ('' for O). */
export function labelType(label: number): string {
  return typeOf(label);
}

/** LABEL_TYPE[label]: the entity type's index (0 for O), for comparing types in inner loops. */
export const LABEL_TYPE: Int8Array = Int8Array.from(LABELS, (_, l) => (['', ...ENTITY_TYPES] as readonly string[]).indexOf(typeOf(l)));

/**
 * Whether `label` may follow `previous` (-1 at a sentence start): inside a name only I/L of
 * the same type may follow; outside one, only O, B or U.
 */
function allowed(previous: number, label: number): boolean {
  const open = previous >= 0 && ['B', 'I'].includes(prefixOf(previous));
  const p = prefixOf(label);
  if (open) return (p === 'I' || p === 'L') && typeOf(label) === typeOf(previous);
  return p === 'O' || p === 'B' || p === 'U';
}

/** ALLOWED[previous + 1][label]: the transition table, computed once. */
export const ALLOWED: readonly (readonly boolean[])[] = [-1, ...LABELS.map((_, i) => i)].map((prev) => LABELS.map((_, l) => allowed(prev, l)));

/** Per previous label (+1, so 0 is a sentence start): the labels that may follow, as a list. */
export const FOLLOWERS: readonly Int32Array[] = ALLOWED.map((row) => Int32Array.from(row.flatMap((ok, l) => (ok ? [l] : []))));

/** MAY_END[label]: whether a sentence may end after it (not inside a name). */
export const MAY_END: readonly boolean[] = LABELS.map((_, l) => !['B', 'I'].includes(prefixOf(l)));

/** BILOU label indexes for a sentence of `length` tokens with these spans. */
export function labelsFromSpans(spans: readonly LabelSpan[], length: number): number[] {
  const labels = new Array<number>(length).fill(OUTSIDE);
  const index = (p: string, t: string): number => LABELS.indexOf(`${p}-${t}`);
  for (const { start, end, type } of spans) {
    if (end - start === 1) { labels[start] = index('U', type); continue; }
    for (let i = start; i < end; i++) labels[i] = index(i === start ? 'B' : i === end - 1 ? 'L' : 'I', type);
  }
  return labels;
}

/** Spans of a BILOU label sequence; a broken sequence still yields its runs (by type change). */
export function spansFromLabels(labels: readonly number[]): LabelSpan[] {
  const spans: LabelSpan[] = [];
  let open: { start: number; type: string } | null = null;
  const close = (end: number): void => {
    if (open) spans.push({ start: open.start, end, type: open.type as EntityLabelType });
    open = null;
  };
  labels.forEach((label, i) => {
    const p = prefixOf(label);
    const t = typeOf(label);
    if (p === 'O') { close(i); return; }
    if (!open || p === 'B' || p === 'U' || open.type !== t) { close(i); open = { start: i, type: t }; }
    if (p === 'L' || p === 'U') close(i + 1);
  });
  close(labels.length);
  return spans;
}
