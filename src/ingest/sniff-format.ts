import type { InputFormat } from '../core/model.js';

/**
 * What an input looks like. `json` is a whole-file JSON value (object or array, or JSONL
 * after all); `xml` is XML that is neither RSS nor Atom; `gzip` wraps another format.
 */
export type SniffedFormat = InputFormat | 'json' | 'gzip' | 'xml';

const BY_EXTENSION: Readonly<Record<string, SniffedFormat>> = {
  gz: 'gzip', gzip: 'gzip',
  txt: 'text', text: 'text', md: 'text',
  html: 'html', htm: 'html', xhtml: 'html', shtml: 'html',
  jsonl: 'jsonl', ndjson: 'jsonl', json: 'json',
  rss: 'feed', atom: 'feed',
  warc: 'warc',
};

/** The format an input's name promises (`.xml` promises nothing: it may be a feed or not). */
export function formatFromName(name: string): SniffedFormat | null {
  const base = name.replace(/[?#].*$/, '').split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return null;
  const extension = base.slice(dot + 1).toLowerCase();
  return Object.hasOwn(BY_EXTENSION, extension) ? (BY_EXTENSION[extension] ?? null) : null;
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The format the first bytes show, or null for anything that may be plain text. */
export function sniffContent(bytes: Uint8Array): SniffedFormat | null {
  if (isGzip(bytes)) return 'gzip';
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096))
    .toString('latin1')
    .replace(/^(\xef\xbb\xbf)?\s*/, '');
  if (head.startsWith('WARC/')) return 'warc';
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (!head.startsWith('<')) return null;
  const lower = head.toLowerCase();
  if (/<(rss|feed|rdf:rdf)\b/.test(lower)) return 'feed';
  if (/<(!doctype html|html|head|body|div|p|article|title|meta)\b/.test(lower)) return 'html';
  return 'xml';
}

const MAGIC: readonly { readonly bytes: readonly number[]; readonly what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (also .docx/.xlsx)' },
  { bytes: [0x42, 0x5a, 0x68], what: 'a bzip2 archive' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a], what: 'an xz archive' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], what: 'a zstd archive' },
];

/** Share of control bytes above which an input is binary; text with stray controls stays far below it. */
const MAX_CONTROL_SHARE = 0.01;
const SCAN_BYTES = 65536;

/** Why the bytes are binary (a sentence naming what they look like), or null if they may be text. */
export function binaryReason(bytes: Uint8Array): string | null {
  const magic = MAGIC.find((m) => m.bytes.every((value, i) => bytes[i] === value));
  if (magic) return `looks like ${magic.what}`;
  // UTF-16 text is full of NUL bytes; it is recognised by its BOM.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  const n = Math.min(bytes.length, SCAN_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return `holds a NUL byte at offset ${i}`;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  if (n > 0 && controls / n > MAX_CONTROL_SHARE) return `${controls} of its first ${n} bytes are control characters`;
  return null;
}
