import { failure, type Failure } from '../../core/errors.js';
import { stableId } from '../../core/hash.js';
import type { Article, PublicationTime, RawDocument } from '../../core/model.js';
import { assembleText } from './assemble-text.js';
import { extractHtml, type HtmlExtraction } from './extract-html.js';
import { extractTextDocument } from './extract-text-document.js';
import { parseLooseDate } from './parse-date.js';
import { datelineAgency } from './dateline-agency.js';

const STAGE = 'extract';
/** Fewer letters than this is not an article (an error page, a lone image caption). */
const MIN_LETTERS = 20;

function hostOf(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function hintedTime(raw: string | undefined): PublicationTime | null {
  const parsed = raw === undefined ? null : parseLooseDate(raw);
  return parsed === null ? null : { ...parsed, provenance: 'input', confidence: 1 };
}

function fromText(doc: RawDocument): HtmlExtraction {
  const { title, blocks } = extractTextDocument(doc.body, doc.hints.title);
  const assembled = assembleText(blocks);
  return {
    ...assembled, title, authors: [], published: null, modified: null, siteName: null, canonicalUrl: null,
    language: null, section: null, method: 'text.v1', confidence: assembled.text.length > 0 ? 0.9 : 0,
  };
}

/** A container's `section` field (JSONL dumps, feed categories) when the page declares none. */
function hintedSection(extra: Readonly<Record<string, unknown>> | undefined): string | null {
  const section = extra?.['section'] ?? extra?.['category'];
  return typeof section === 'string' && section.trim() !== '' ? section.trim() : null;
}

/** A page that is mostly control characters or replacement characters is binary, not text. */
function looksBinary(body: string): boolean {
  const sample = body.slice(0, 4096);
  const bad = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return sample.length > 0 && bad / sample.length > 0.1;
}

/** RawDocument → Article, or EXTRACTION_EMPTY when no usable text is found. Never throws. */
export function extractArticle(doc: RawDocument): Article | Failure {
  try {
    if (looksBinary(doc.body)) return failure('EXTRACTION_EMPTY', doc.locator, STAGE, 'the document looks binary');
    const x = doc.kind === 'html' ? extractHtml(doc.body, doc.hints.url) : fromText(doc);
    const bodyBlocks = x.blocks.filter((b) => b.kind !== 'title');
    const letters = bodyBlocks.reduce((n, b) => n + (x.text.slice(b.start, b.end).match(/\p{L}/gu)?.length ?? 0), 0);
    if (letters < MIN_LETTERS) return failure('EXTRACTION_EMPTY', doc.locator, STAGE);
    const url = doc.hints.url ?? x.canonicalUrl ?? null;
    const outlet = doc.hints.outlet ?? x.siteName ?? hostOf(doc.hints.url) ?? hostOf(x.canonicalUrl ?? undefined)
      ?? datelineAgency(bodyBlocks.map((b) => x.text.slice(b.start, b.end))) ?? 'unknown';
    const hintAuthors = doc.hints.authors?.filter((a) => a.trim() !== '');
    return {
      // The raw body, not the extracted text, so a better extractor keeps article ids stable.
      id: stableId('a', outlet, url ?? '', doc.body),
      sourceHash: doc.sourceHash,
      locator: doc.locator,
      format: doc.format,
      outlet,
      url,
      canonicalUrl: x.canonicalUrl,
      title: doc.hints.title?.trim() || x.title,
      authors: hintAuthors !== undefined && hintAuthors.length > 0 ? hintAuthors : x.authors,
      published: hintedTime(doc.hints.published) ?? x.published,
      modified: x.modified,
      language: x.language,
      section: x.section ?? hintedSection(doc.hints.extra),
      text: x.text,
      blocks: x.blocks,
      extraction: { method: x.method, confidence: x.confidence },
      extra: doc.hints.extra ?? {},
    };
  } catch (error) {
    return failure('EXTRACTION_EMPTY', doc.locator, STAGE, `extraction failed: ${String(error)}`);
  }
}
