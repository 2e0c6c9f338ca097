import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The development corpora: `$STORYLINE_CORPORA`, else `../shared/corpora` beside the
 * repository. Tests that read them skip when the folder (or the named part) is absent.
 */
export const CORPORA = process.env['STORYLINE_CORPORA'] ?? resolve(import.meta.dirname, '../../../shared/corpora');

export function corpus(part: string): string {
  return resolve(CORPORA, part);
}

export function hasCorpus(part: string): boolean {
  return existsSync(corpus(part));
}
