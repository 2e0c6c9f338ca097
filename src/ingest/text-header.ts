import type { DocumentHints } from '../core/model.js';
import { splitAuthors } from './authors.js';

/** Header keys Storyline interprets, lower-case, mapped to the hint they fill. */
const KNOWN_KEYS: Readonly<Record<string, 'title' | 'url' | 'published' | 'outlet' | 'authors' | 'id'>> = {
  title: 'title', headline: 'title',
  url: 'url', link: 'url',
  published: 'published', date: 'published', published_at: 'published', pubdate: 'published',
  outlet: 'outlet', source: 'outlet', site: 'outlet', publisher: 'outlet',
  author: 'authors', authors: 'authors', byline: 'authors',
  id: 'id',
};

/** Own keys only: a header line `constructor: x` must not find Object.prototype. */
function knownKey(key: string): (typeof KNOWN_KEYS)[string] | undefined {
  return Object.hasOwn(KNOWN_KEYS, key) ? KNOWN_KEYS[key] : undefined;
}

const HEADER_LINE = /^([A-Za-z][A-Za-z_-]{0,31})[ \t]*:[ \t]*(.*?)[ \t]*$/;
const BLANK_LINE = /^[ \t]*$/;

export interface SplitText {
  readonly hints: DocumentHints;
  readonly body: string;
}

/**
 * Splits an optional `key: value` header block off plain text. The block counts as a header
 * only if every line before the first blank line is `key: value` with a one-word key and at
 * least one key is a known one, so a first paragraph such as "Update: the bridge reopened."
 * or "WASHINGTON: The senator said…" is never eaten.
 */
export function splitTextHeader(text: string): SplitText {
  const lines = text.split(/(?<=\n)/); // keeps line ends, so the body is a verbatim slice
  const blankAt = lines.findIndex((line) => BLANK_LINE.test(line.replace(/\r?\n$/, '')));
  if (blankAt <= 0) return { hints: {}, body: text };
  const fields: [string, string][] = [];
  for (const line of lines.slice(0, blankAt)) {
    const match = HEADER_LINE.exec(line.replace(/\r?\n$/, ''));
    if (!match?.[1]) return { hints: {}, body: text };
    fields.push([match[1].toLowerCase(), match[2] ?? '']);
  }
  if (!fields.some(([key]) => knownKey(key) !== undefined)) return { hints: {}, body: text };
  let bodyStart = blankAt;
  while (bodyStart < lines.length && BLANK_LINE.test((lines[bodyStart] ?? '').replace(/\r?\n$/, ''))) bodyStart++;
  return { hints: hintsFromFields(fields), body: lines.slice(bodyStart).join('') };
}

function hintsFromFields(fields: readonly [string, string][]): DocumentHints {
  const hints: { -readonly [K in keyof DocumentHints]: DocumentHints[K] } = {};
  const extra: Record<string, unknown> = {};
  for (const [key, value] of fields) {
    const target = knownKey(key);
    if (!target) extra[key] = value;
    else if (value === '') continue;
    else if (target === 'authors') hints.authors = [...(hints.authors ?? []), ...splitAuthors(value)];
    else if (hints[target] === undefined) hints[target] = value;
  }
  if (Object.keys(extra).length > 0) hints.extra = extra;
  return hints;
}
