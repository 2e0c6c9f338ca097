import type { Span } from '../../core/model.js';

/** Spans from B/I/O labels: B opens a span, I extends it (or opens one after O). */
export function spansFromLabels(tokens: readonly Span[], labels: readonly string[]): Span[] {
  const spans: Span[] = [];
  let open: { start: number; end: number } | null = null;
  tokens.forEach((token, i) => {
    const label = labels[i] ?? 'O';
    if (label === 'B' || (label === 'I' && !open)) {
      if (open) spans.push(open);
      open = { start: token.start, end: token.end };
    } else if (label === 'I' && open) {
      open.end = token.end;
    } else if (open) {
      spans.push(open);
      open = null;
    }
  });
  if (open) spans.push(open);
  return spans;
}

/** B/I/O labels marking `spans` on `tokens`; a token inside two spans keeps the first. */
export function labelsFromSpans(tokens: readonly Span[], spans: readonly Span[]): string[] {
  const labels = tokens.map(() => 'O');
  for (const span of spans) {
    let first = true;
    tokens.forEach((token, i) => {
      if (token.start < span.start || token.end > span.end || labels[i] !== 'O') return;
      labels[i] = first ? 'B' : 'I';
      first = false;
    });
  }
  return labels;
}
