import { readFile, stat } from 'node:fs/promises';
import { failure } from '../core/errors.js';
import { readSourceBytes, tooLarge } from './read-source-bytes.js';
import { maxBytesOf, type ReadOptions, type SourceRead } from './source-read.js';

function unread(locator: string, code: 'INPUT_NOT_FOUND' | 'INPUT_UNREADABLE', why: string): SourceRead {
  return { locator, blob: null, documents: [], failures: [failure(code, locator, 'ingest', `${locator}: ${why}`)] };
}

/** Reads one file from disk; never throws. The size is checked before the bytes are read. */
export async function readSourceFile(path: string, options?: ReadOptions): Promise<SourceRead> {
  let size: number;
  try {
    const stats = await stat(path);
    if (stats.isDirectory()) return unread(path, 'INPUT_UNREADABLE', 'is a folder, not a file (expand it with listInputs)');
    size = stats.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return unread(path, 'INPUT_NOT_FOUND', 'no such file');
    return unread(path, 'INPUT_UNREADABLE', `could not be examined (${(error as Error).message})`);
  }
  const maxBytes = maxBytesOf(options);
  if (size > maxBytes) return tooLarge(path, size, maxBytes);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return unread(path, 'INPUT_UNREADABLE', `could not be read (${(error as Error).message})`);
  }
  return readSourceBytes(bytes, path, options);
}
