import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Span } from '../../core/model.js';
import { readBrat } from './read-brat.js';

export type AttributionRole = 'Source' | 'Cue' | 'Content';

/** One PolNeAR article with its gold attribution spans per role (fragments, as scored). */
export interface PolnearDocument {
  readonly name: string;
  readonly text: string;
  readonly gold: Readonly<Record<AttributionRole, readonly Span[]>>;
}

/** `<name>_<annotator>.ann` → the annotation file used for each text, first annotator id wins. */
export async function annotationFiles(folder: string): Promise<Map<string, string>> {
  const chosen = new Map<string, string>();
  for (const file of (await readdir(folder)).filter((f) => f.endsWith('.ann')).sort()) {
    const base = file.replace(/_[^_]+\.ann$/, '');
    if (!chosen.has(base)) chosen.set(base, file);
  }
  return chosen;
}

function spansOf(ann: string, role: AttributionRole): Span[] {
  return [...readBrat(ann).textBounds.values()].filter((t) => t.label === role).flatMap((t) => t.fragments);
}

/**
 * Every article of a split (a folder with `text/` and `attributions/`), sorted by name:
 * scored against its first annotator's file; with `allAnnotators`, once per annotator
 * (more training data).
 */
export async function readPolnearSplit(corpus: string, options: { readonly allAnnotators?: boolean } = {}): Promise<PolnearDocument[]> {
  const folder = join(corpus, 'attributions');
  const all = (await readdir(folder)).filter((f) => f.endsWith('.ann')).sort().map((f) => [f.replace(/_[^_]+\.ann$/, ''), f] as const);
  const files = options.allAnnotators ? all : [...(await annotationFiles(folder))];
  const documents: PolnearDocument[] = [];
  for (const [name, file] of files) {
    const text = await readFile(join(corpus, 'text', `${name}.txt`), 'utf8');
    const ann = await readFile(join(corpus, 'attributions', file), 'utf8');
    documents.push({ name, text, gold: { Source: spansOf(ann, 'Source'), Cue: spansOf(ann, 'Cue'), Content: spansOf(ann, 'Content') } });
  }
  return documents;
}
