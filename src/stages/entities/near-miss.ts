import type { EntityType } from '../../core/model.js';
import { allowedEdits, editDistance } from './edit-distance.js';

/** What the corpus says about one key: how it is typed, named, and what it appears with. */
export interface KeyStats {
  readonly key: string;
  readonly types: Map<EntityType, number>;
  readonly names: Map<string, number>;
  readonly surfaces: Set<string>;
  mentions: number;
  readonly articles: Set<string>;
  /** Co-occurring keys (`k:`) and article terms (`t:`). */
  readonly context: Set<string>;
}

function majorityType(stats: KeyStats): EntityType {
  return [...stats.types].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0]?.[0] ?? 'other';
}

/**
 * Context agrees when the two keys share at least two context items (co-occurring entities
 * or terms), or all of them when one has fewer than two. One shared item alone is weak:
 * "united states" co-occurs with almost everything in a politics corpus.
 */
function contextAgrees(a: KeyStats, b: KeyStats): boolean {
  let shared = 0;
  for (const item of a.context) if (item !== `k:${b.key}` && b.context.has(item)) shared++;
  const smaller = Math.min(a.context.size, b.context.size);
  return shared >= Math.min(2, Math.max(1, smaller));
}

/** True when two keys are one name spelled two ways (same type already checked). */
function spellingsMatch(a: string, b: string, type: EntityType): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (type === 'person' && wa.length >= 2 && wb.length >= 2) {
    // Full names: every word but the surname must match exactly, so "John Smith" and
    // "Jane Smith" never merge, while "Rex Tillson" and "Rex Tillerson" can.
    if (wa.length !== wb.length || wa.slice(0, -1).join(' ') !== wb.slice(0, -1).join(' ')) return false;
    const [sa, sb] = [wa[wa.length - 1] ?? '', wb[wb.length - 1] ?? ''];
    return sa !== sb && editDistance(sa, sb, 2) <= allowedEdits(Math.max(sa.length, sb.length));
  }
  if (type === 'person' && (wa.length === 1) !== (wb.length === 1)) {
    // A lone misspelt surname ("Tilerson") against a full name's surname.
    const [single, full] = wa.length === 1 ? [a, wb[wb.length - 1] ?? ''] : [b, wa[wa.length - 1] ?? ''];
    return editDistance(single, full, 2) <= allowedEdits(Math.max(single.length, full.length));
  }
  return editDistance(a, b, 2) <= allowedEdits(Math.max(a.length, b.length));
}

/** Blocking key: type plus first letter of the last word (typos rarely hit the first letter). */
function blockOf(stats: KeyStats): string {
  const last = stats.key.split(' ').pop() ?? '';
  return `${majorityType(stats)}|${last[0] ?? ''}`;
}

/** Pairs of keys that are near-miss spellings of one entity with agreeing context. */
export function findNearMisses(all: readonly KeyStats[]): [string, string][] {
  const blocks = new Map<string, KeyStats[]>();
  for (const stats of [...all].sort((a, b) => a.key.localeCompare(b.key))) {
    const block = blockOf(stats);
    blocks.set(block, [...(blocks.get(block) ?? []), stats]);
  }
  const pairs: [string, string][] = [];
  for (const [block, members] of blocks) {
    const type = block.split('|')[0] as EntityType;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i]!, members[j]!];
        if (spellingsMatch(a.key, b.key, type) && contextAgrees(a, b)) pairs.push([a.key, b.key]);
      }
    }
  }
  return dropAmbiguousSurnames(pairs);
}

/** A lone surname that matches two full names ("Smith": John and Jane) joins neither. */
function dropAmbiguousSurnames(pairs: readonly [string, string][]): [string, string][] {
  const partners = new Map<string, Set<string>>();
  for (const [a, b] of pairs) {
    const single = !a.includes(' ') && b.includes(' ') ? a : !b.includes(' ') && a.includes(' ') ? b : null;
    if (single === null) continue;
    const set = partners.get(single) ?? new Set();
    set.add(single === a ? b : a);
    partners.set(single, set);
  }
  return pairs.filter(([a, b]) => ![a, b].some((key) => (partners.get(key)?.size ?? 0) > 1));
}
