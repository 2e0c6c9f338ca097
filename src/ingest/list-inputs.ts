import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { failure, type Failure } from '../core/errors.js';

/** Corpus folders carry these to describe themselves; they are not articles. */
const SKIPPED_NAMES = new Set(['readme.md', 'manifest.md']);

function skipped(name: string): boolean {
  return name.startsWith('.') || SKIPPED_NAMES.has(name.toLowerCase());
}

/** Code-unit order, not locale order, so the listing is the same on every machine. */
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function walk(folder: string, seen: Set<string>, files: string[], failures: Failure[]): void {
  let names: string[];
  try {
    // A symlinked folder met twice (or a link cycle) is listed once.
    const real = realpathSync(folder);
    if (seen.has(real)) return;
    seen.add(real);
    names = readdirSync(folder).filter((name) => !skipped(name)).sort(byName);
  } catch (error) {
    failures.push(failure('INPUT_UNREADABLE', folder, 'ingest.list', `${folder}: folder could not be listed (${(error as Error).message})`));
    return;
  }
  for (const name of names) {
    const path = join(folder, name);
    try {
      const stats = statSync(path);
      if (stats.isDirectory()) walk(path, seen, files, failures);
      else if (stats.isFile()) files.push(path);
    } catch (error) {
      failures.push(failure('INPUT_UNREADABLE', path, 'ingest.list', `${path}: could not be read (${(error as Error).message})`));
    }
  }
}

/**
 * Expands files and folders (recursively, sorted, skipping dotfiles, README.md and
 * MANIFEST.md) into input files; missing paths become failures. Files named explicitly are
 * kept even if a folder walk would skip them; `-` (stdin) is passed through; duplicates are dropped.
 */
export function listInputs(paths: readonly string[]): { files: string[]; failures: Failure[] } {
  const files: string[] = [];
  const failures: Failure[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    if (path === '-') {
      files.push(path);
      continue;
    }
    let stats;
    try {
      stats = statSync(path);
    } catch {
      failures.push(failure('INPUT_NOT_FOUND', path, 'ingest.list', `${path}: no such file or folder`));
      continue;
    }
    if (stats.isDirectory()) walk(path, seen, files, failures);
    else files.push(path);
  }
  const unique = new Set<string>();
  return {
    files: files.filter((file) => {
      const key = file === '-' ? file : safeRealpath(file);
      if (unique.has(key)) return false;
      unique.add(key);
      return true;
    }),
    failures,
  };
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
