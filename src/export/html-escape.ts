const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values. */
export function esc(text: string | number | null | undefined): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Anchor id of a sentence (or any span) of an article: citations link here. */
export function spanAnchor(articleId: string, start: number): string {
  return `${articleId}-${start}`;
}
