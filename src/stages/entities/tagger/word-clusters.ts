/** Word → bit path of its cluster in a binary hierarchy ("0110…"); prefixes are coarser clusters. */
export type WordClusters = ReadonlyMap<string, string>;

export const NO_CLUSTERS: WordClusters = new Map();

/** Reads the shipped table: one `word<TAB>path` a line. */
export function parseWordClusters(text: string): WordClusters {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) map.set(line.slice(0, tab), line.slice(tab + 1).trim());
  }
  return map;
}
