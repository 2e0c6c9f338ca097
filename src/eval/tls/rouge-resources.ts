import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The two tables ROUGE-1.5.5 reads besides the texts: the SMART stopword list (`-s`) and the
 * WordNet 2.0 exception table its `MorphStem` consults before stemming (`-m`). They are
 * loaded from the folder that ships them (`metrics/rouge155` of the corpora), not bundled.
 */
export interface RougeResources {
  readonly stopwords: ReadonlySet<string>;
  /** Inflected form → base form. */
  readonly exceptions: ReadonlyMap<string, string>;
}

export function loadRougeResources(folder: string): RougeResources {
  const stopwords = new Set(readFileSync(join(folder, 'smart_common_words.txt'), 'utf8').split('\n'));
  stopwords.delete('');
  const table = JSON.parse(readFileSync(join(folder, 'wordnet2_exc.json'), 'utf8')) as Record<string, unknown>;
  const exceptions = new Map<string, string>();
  for (const [word, base] of Object.entries(table)) if (typeof base === 'string') exceptions.set(word, base);
  return { stopwords, exceptions };
}
