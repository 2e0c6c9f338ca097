import type { DocumentHints, RawDocument } from '../core/model.js';
import { failure, type Failure } from '../core/errors.js';
import { authorsFromValue, isRecord } from './authors.js';

/** Record fields Storyline reads, in order of preference; every other field goes to `hints.extra`. */
const FIELDS = {
  id: ['id'],
  url: ['url', 'link'],
  title: ['title', 'headline'],
  published: ['published', 'date', 'published_at', 'publishedAt', 'pubDate', 'datePublished'],
  outlet: ['outlet', 'source', 'site', 'publisher'],
  authors: ['authors', 'author', 'byline'],
} as const;

/**
 * `text` and `html` are the documented body fields; `body` and `content` are accepted
 * because common scraper dumps use them (treated as HTML only when they start with a tag).
 */
function pickBody(record: Record<string, unknown>): { kind: 'html' | 'text'; body: string; key: string } | null {
  const text = record['text'];
  if (typeof text === 'string' && text.trim() !== '') return { kind: 'text', body: text, key: 'text' };
  const html = record['html'];
  if (typeof html === 'string' && html.trim() !== '') return { kind: 'html', body: html, key: 'html' };
  for (const key of ['body', 'content']) {
    const value = record[key];
    if (typeof value === 'string' && value.trim() !== '') {
      return { kind: /^\s*</.test(value) ? 'html' : 'text', body: value, key };
    }
  }
  return null;
}

/** Unix time in seconds or milliseconds (as some exporters write `published`) → ISO-8601 UTC. */
function epochToIso(value: number): string | undefined {
  // Below 1e11 a number is seconds (1e11 s is the year 5138); above, milliseconds.
  const ms = value < 1e11 ? value * 1000 : value;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  // NewsAPI-style `source: { id, name }`.
  if (isRecord(value) && typeof value['name'] === 'string') return value['name'].trim();
  return undefined;
}

function hintsOf(record: Record<string, unknown>, bodyKeys: ReadonlySet<string>): DocumentHints {
  const used = new Set<string>(bodyKeys);
  const hints: { -readonly [K in keyof DocumentHints]: DocumentHints[K] } = {};
  for (const [hint, keys] of Object.entries(FIELDS) as [keyof typeof FIELDS, readonly string[]][]) {
    for (const key of keys) {
      if (!(key in record)) continue;
      if (hint === 'authors') {
        const authors = authorsFromValue(record[key]);
        if (authors === null) continue;
        hints.authors = authors;
      } else {
        const raw = record[key];
        const value = hint === 'published' && typeof raw === 'number' ? epochToIso(raw) : stringOf(raw);
        if (value === undefined) continue;
        hints[hint] = value;
      }
      used.add(key);
      break;
    }
  }
  const extra = Object.fromEntries(Object.entries(record).filter(([key]) => !used.has(key)));
  if (Object.keys(extra).length > 0) hints.extra = extra;
  return hints;
}

/** Turns one parsed JSON value into a document, or a RECORD_INVALID failure saying what is missing. */
export function documentFromRecord(
  value: unknown,
  locator: string,
  sourceHash: string,
  encoding: string,
): RawDocument | Failure {
  if (!isRecord(value)) {
    return failure('RECORD_INVALID', locator, 'ingest.jsonl', `${locator}: expected a JSON object, found ${Array.isArray(value) ? 'an array' : typeof value}`);
  }
  const body = pickBody(value);
  if (!body) {
    return failure('RECORD_INVALID', locator, 'ingest.jsonl', `${locator}: the record has no non-empty "text" or "html" string field`);
  }
  // The unused body alternative (html when text was taken) is dropped, not put in extra:
  // it duplicates the article and the verbatim input keeps it anyway.
  const bodyKeys = new Set(['text', 'html', body.key]);
  return { sourceHash, locator, format: 'jsonl', kind: body.kind, body: body.body, encoding, hints: hintsOf(value, bodyKeys) };
}
