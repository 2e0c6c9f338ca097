import { readFileSync } from 'node:fs';

/**
 * Reads an extraction output file in the AEB shape: a bare `{id: value}` map or
 * `{version, output: map}`, where a value is a string or `{articleBody}`. Entries without
 * text are read as empty strings, as `evaluate.py` does with `.get('articleBody', '')`.
 */
export function readPredictionsFile(path: string): Map<string, string> {
  return parsePredictions(JSON.parse(readFileSync(path, 'utf8')) as unknown);
}

export function parsePredictions(json: unknown): Map<string, string> {
  const root = isRecord(json) && isRecord(json['output']) ? json['output'] : json;
  const out = new Map<string, string>();
  if (!isRecord(root)) return out;
  for (const [id, value] of Object.entries(root)) out.set(id, bodyOf(value));
  return out;
}

function bodyOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isRecord(value) && typeof value['articleBody'] === 'string') return value['articleBody'];
  return '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
