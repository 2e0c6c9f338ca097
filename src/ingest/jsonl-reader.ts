import { failure, isFailure, type Failure } from '../core/errors.js';
import type { RawDocument } from '../core/model.js';
import type { Decoded } from './decode.js';
import { isRecord } from './authors.js';
import { documentFromRecord } from './json-record.js';
import type { ReaderContext, ReaderOutput } from './source-read.js';

/**
 * JSONL (`lines`: one object per line) or a JSON file (`auto`: one object or an array of
 * objects; a `.json` file that turns out to be JSONL is read as JSONL).
 */
export function readJsonl(decoded: Decoded, context: ReaderContext, mode: 'lines' | 'auto'): ReaderOutput {
  if (mode === 'auto') {
    const whole = parseWhole(decoded.text);
    if (whole.ok) return readWhole(whole.value, decoded, context);
    // Neither a JSON value nor JSONL (its first line is not JSON either): one failure for
    // the file, not one per line of a broken pretty-printed document.
    const firstLine = decoded.text.split('\n').find((line) => line.trim() !== '') ?? '';
    if (!parseWhole(firstLine).ok) {
      return { documents: [], failures: [failure('JSON_MALFORMED', context.locator, 'ingest.jsonl', `${context.locator}: not valid JSON or JSONL (${whole.error})`)] };
    }
  }
  const documents: RawDocument[] = [];
  const failures: Failure[] = [];
  const lines = decoded.text.split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const locator = `${context.locator}#line=${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      failures.push(failure('JSON_MALFORMED', locator, 'ingest.jsonl', `${locator}: line is not valid JSON (${(error as Error).message})`));
      return;
    }
    collect(documentFromRecord(value, locator, context.sourceHash, decoded.encoding), documents, failures);
  });
  return { documents, failures };
}

function parseWhole(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/**
 * The record list of an API-style envelope such as `{"status": "ok", "articles": [...]}`:
 * an object with no body of its own and exactly one array, whose items are all objects.
 */
function envelopeRecords(value: unknown): unknown[] | null {
  if (!isRecord(value) || ['text', 'html', 'body', 'content'].some((key) => typeof value[key] === 'string')) return null;
  const arrays = Object.values(value).filter((field): field is unknown[] => Array.isArray(field));
  const [only] = arrays;
  return arrays.length === 1 && only && only.length > 0 && only.every(isRecord) ? only : null;
}

function readWhole(value: unknown, decoded: Decoded, context: ReaderContext): ReaderOutput {
  const documents: RawDocument[] = [];
  const failures: Failure[] = [];
  const records = Array.isArray(value) ? value : envelopeRecords(value);
  if (records) {
    records.forEach((item, index) => {
      const locator = `${context.locator}#item=${index + 1}`;
      collect(documentFromRecord(item, locator, context.sourceHash, decoded.encoding), documents, failures);
    });
  } else {
    collect(documentFromRecord(value, context.locator, context.sourceHash, decoded.encoding), documents, failures);
  }
  return { documents, failures };
}

function collect(result: RawDocument | Failure, documents: RawDocument[], failures: Failure[]): void {
  if (isFailure(result)) failures.push(result);
  else documents.push(result);
}
