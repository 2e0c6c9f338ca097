import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listInputs } from './list-inputs.js';

describe('listInputs', () => {
  let root = '';
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'storyline-list-'));
    for (const path of ['b.html', 'a.txt', 'README.md', 'MANIFEST.md', 'notes.md', '.hidden.txt', 'sub/z.jsonl', 'sub/c.rss', '.git/config']) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), 'x');
    }
    symlinkSync(join(root, 'sub'), join(root, 'sub-link'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('expands folders recursively in sorted order, skipping dotfiles and README/MANIFEST', () => {
    const { files, failures } = listInputs([root]);
    expect(failures).toEqual([]);
    expect(files.map((f) => f.slice(root.length + 1))).toEqual(['a.txt', 'b.html', 'notes.md', 'sub/c.rss', 'sub/z.jsonl']);
  });

  it('keeps explicit files, passes "-" through and drops duplicates', () => {
    const readme = join(root, 'README.md');
    const { files } = listInputs([readme, '-', join(root, 'a.txt'), root]);
    expect(files.slice(0, 3)).toEqual([readme, '-', join(root, 'a.txt')]);
    expect(files.filter((f) => f.endsWith('a.txt'))).toHaveLength(1);
  });

  it('reports missing paths and goes on', () => {
    const missing = join(root, 'nope.txt');
    const { files, failures } = listInputs([missing, join(root, 'a.txt')]);
    expect(files).toEqual([join(root, 'a.txt')]);
    expect(failures).toEqual([expect.objectContaining({ code: 'INPUT_NOT_FOUND', locator: missing })]);
  });
});
