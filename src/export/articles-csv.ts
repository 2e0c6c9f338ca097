import type { StoriesDocument } from './stories-document.js';

const COLUMNS = ['id', 'outlet', 'title', 'url', 'published', 'published_provenance', 'type', 'confidence', 'event_id', 'story_id', 'copy_of', 'copy_relation', 'source'] as const;

/** One row per article, RFC 4180 quoting, for spreadsheets. */
export function articlesCsv(doc: StoriesDocument): string {
  const rows = doc.articles.map((a) => [
    a.id, a.outlet, a.title, a.url ?? '', a.published?.value ?? '', a.published?.provenance ?? '', a.type,
    a.extraction.confidence.toFixed(3), a.eventId ?? '', a.storyId ?? '', a.copyOf?.articleId ?? '', a.copyOf?.relation ?? '', a.source.locator,
  ]);
  return [COLUMNS as readonly string[], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
