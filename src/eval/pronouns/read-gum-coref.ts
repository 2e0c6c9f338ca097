/**
 * GUM's coreference (WebAnno TSV 3.2, CC BY 4.0) as token lists and mention chains: column 3
 * is the token, column 4 the mentions on it ("person[3]|place[4]"), columns 9 and 10 the
 * relations that start at this mention ("coref|ana") and their targets ("12-4[57_3]": token,
 * then target and source mention ids).
 */

/** A gold mention: its entity type and the tokens it covers, as [sentence, token] pairs. */
export interface GumMention {
  readonly id: string;
  readonly type: string;
  readonly tokens: readonly (readonly [number, number])[];
}

export interface GumCorefDocument {
  readonly sentences: readonly (readonly string[])[];
  readonly mentions: readonly GumMention[];
  /** Chain id of each mention id (a mention in no relation is a chain of its own). */
  readonly chainOf: ReadonlyMap<string, string>;
}

/**
 * Relations that make two mentions the same entity: identity (coref), anaphora (ana), its
 * forward twin (cata), apposition and predication ("she was the first woman to …", a link
 * GUM's chains run through). Bridging ("the door" of a house) and discourse deixis are not.
 */
const IDENTITY = new Set(['coref', 'ana', 'cata', 'appos', 'pred']);

export function readGumCoref(text: string): GumCorefDocument {
  const sentences: string[][] = [];
  const mentions = new Map<string, { id: string; type: string; tokens: [number, number][] }>();
  const links: [string, string][] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#Text=')) { sentences.push([]); continue; }
    const cols = line.split('\t');
    if (cols.length < 4 || !/^\d+-\d+$/.test(cols[0]!) || sentences.length === 0) continue;
    const sentence = sentences.length - 1;
    const index = sentences[sentence]!.push(cols[2]!) - 1;
    if (cols[3] !== '_') {
      cols[3]!.split('|').forEach((entry, k) => {
        const match = /^([a-z]+)(?:\[(\d+)\])?$/.exec(entry);
        if (!match?.[1]) return;
        const id = match[2] ?? `${sentence}:${index}:${k}`;
        const mention = mentions.get(id) ?? { id, type: match[1], tokens: [] };
        mention.tokens.push([sentence, index]);
        mentions.set(id, mention);
      });
    }
    links.push(...identityLinks(cols[8] ?? '_', cols[9] ?? '_'));
  }
  return { sentences, mentions: [...mentions.values()], chainOf: chains([...mentions.keys()], links) };
}

/** Pairs of mention ids joined by an identity relation on one token's columns. */
function identityLinks(relations: string, targets: string): [string, string][] {
  if (relations === '_' || targets === '_') return [];
  const kinds = relations.split('|');
  return targets.split('|').flatMap((target, i): [string, string][] => {
    const ids = /\[(\d+)_(\d+)\]$/.exec(target);
    return ids?.[1] && ids[2] && ids[1] !== '0' && ids[2] !== '0' && IDENTITY.has(kinds[i] ?? '') ? [[ids[2], ids[1]]] : [];
  });
}

/** Connected components of the links: each mention id mapped to one id of its component. */
function chains(ids: readonly string[], links: readonly (readonly [string, string])[]): Map<string, string> {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while ((parent.get(root) ?? root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const [a, b] of links) {
    if (!parent.has(a) || !parent.has(b)) continue;
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  return new Map(ids.map((id) => [id, find(id)]));
}
