import type { EntityType, Mention } from '../../core/model.js';
import { stableId } from '../../core/hash.js';
import { foldKey } from './canonical-key.js';
import { corpusMerges } from './corpus-merges.js';
import { findNearMisses, type KeyStats } from './near-miss.js';
import type { WeightedMention } from './resolve-in-article.js';
import { winningType } from './vote-types.js';

export interface EntityEvidence {
  readonly articleId: string;
  readonly mentions: readonly Mention[];
  /** Salient terms of the article (e.g. fingerprint terms): context for near-miss merges. */
  readonly contextTerms?: readonly string[];
}

export interface CanonicalEntity {
  /** 'e_' + stable hash of the first key. */
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly keys: readonly string[];
  /** Surface forms seen. */
  readonly aliases: readonly string[];
  readonly mentionCount: number;
  readonly articleCount: number;
}

/**
 * A user's corrections, as folded keys: `sameAs` pairs always end in one entity, and an
 * `apart` key is never grouped with another key by the automatic rules (only by `sameAs`).
 */
export interface EntityConstraints {
  readonly sameAs: readonly (readonly [string, string])[];
  readonly apart: ReadonlySet<string>;
}

export const NO_CONSTRAINTS: EntityConstraints = { sameAs: [], apart: new Set() };

export interface EntityResolution {
  readonly entities: readonly CanonicalEntity[];
  readonly keyToEntity: ReadonlyMap<string, string>;
  /** Entities this input created or rebuilt (new keys, new counts, merges): what a store must write. */
  readonly changed: readonly CanonicalEntity[];
  /** Ids of earlier entities that are gone (merged into another). */
  readonly removed: readonly string[];
}

function increment<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function collectStats(input: readonly EntityEvidence[]): Map<string, KeyStats> {
  const stats = new Map<string, KeyStats>();
  for (const evidence of input) {
    const keys = new Set(evidence.mentions.map((m) => foldKey(m.key)));
    for (const m of evidence.mentions as readonly WeightedMention[]) {
      const key = foldKey(m.key);
      const entry = stats.get(key) ?? { key, types: new Map(), names: new Map(), surfaces: new Set(), mentions: 0, articles: new Set(), context: new Set() };
      // Mentions stored before type weights existed vote with weight 1.
      increment(entry.types, m.type, m.typeWeight ?? 1);
      increment(entry.names, m.name);
      entry.surfaces.add(m.text);
      entry.mentions++;
      entry.articles.add(evidence.articleId);
      for (const other of keys) if (other !== key) entry.context.add(`k:${other}`);
      for (const term of evidence.contextTerms ?? []) entry.context.add(`t:${term.toLowerCase()}`);
      stats.set(key, entry);
    }
  }
  return stats;
}

/** The most frequent value; ties go to the alphabetically first for determinism. */
export function mostFrequent<T extends string>(counts: ReadonlyMap<T, number>): T | undefined {
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0]?.[0];
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  constructor(private readonly apart: ReadonlySet<string> = new Set()) {}
  find(x: string): string {
    const p = this.parent.get(x) ?? x;
    if (p === x) return x;
    const root = this.find(p);
    this.parent.set(x, root);
    return root;
  }
  /** The automatic rules' union: a key the user set apart stays alone. */
  union(a: string, b: string): void {
    if (a !== b && (this.apart.has(a) || this.apart.has(b))) return;
    this.force(a, b);
  }
  force(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

/**
 * Groups mention keys of many articles into canonical entities. `input` is new evidence;
 * `previous` entities keep their ids and their counts are carried forward, so a caller can
 * resolve one day's articles at a time.
 */
export function resolveEntities(input: readonly EntityEvidence[], previous: readonly CanonicalEntity[] = [], constraints: EntityConstraints = NO_CONSTRAINTS): EntityResolution {
  const stats = collectStats(input);
  const groups = new UnionFind(constraints.apart);
  const previousByKey = new Map<string, CanonicalEntity>();
  for (const entity of previous) {
    for (const key of entity.keys) { previousByKey.set(key, entity); groups.union(entity.keys[0] ?? key, key); }
  }
  for (const [a, b] of findNearMisses([...stats.values()])) groups.union(a, b);
  // Earlier entities take part as plain typed keys, so "Eastlandian" today can fold into
  // "Eastland" seen last week; pairs between two earlier keys are left as they were.
  for (const [a, b] of corpusMerges([...stats.values(), ...previousStats(previousByKey, stats)])) {
    if (stats.has(a) || stats.has(b)) groups.union(a, b);
  }
  // The user's merges and aliases come last and win; a key nobody mentioned makes no entity.
  const known = (key: string): boolean => stats.has(key) || previousByKey.has(key);
  for (const [a, b] of constraints.sameAs) if (known(a) && known(b)) groups.force(a, b);

  const members = new Map<string, string[]>();
  for (const key of [...new Set([...stats.keys(), ...previousByKey.keys()])].sort()) {
    const root = groups.find(key);
    const group = members.get(root);
    if (group) group.push(key);
    else members.set(root, [key]);
  }
  // An earlier entity whose group is exactly its own keys, none of them mentioned again, is
  // passed through as stored: a batch costs what it touches, not the size of the table.
  const changed: CanonicalEntity[] = [];
  const entities = [...members.values()].map((keys) => {
    const untouched = unchangedEntity(keys, stats, previousByKey);
    if (untouched) return untouched;
    const built = buildEntity(keys, stats, previousByKey);
    changed.push(built);
    return built;
  });
  entities.sort(byMentionsThenId);
  changed.sort(byMentionsThenId);
  const keyToEntity = new Map<string, string>();
  for (const entity of entities) for (const key of entity.keys) keyToEntity.set(key, entity.id);
  const kept = new Set(entities.map((e) => e.id));
  const removed = [...new Set(previous.map((e) => e.id))].filter((id) => !kept.has(id)).sort();
  return { entities, keyToEntity, changed, removed };
}

function byMentionsThenId(a: CanonicalEntity, b: CanonicalEntity): number {
  return b.mentionCount - a.mentionCount || a.id.localeCompare(b.id);
}

/** The earlier entity a group of keys still is, unchanged, or null when the group differs from it. */
function unchangedEntity(keys: readonly string[], stats: ReadonlyMap<string, KeyStats>, previousByKey: ReadonlyMap<string, CanonicalEntity>): CanonicalEntity | null {
  const old = previousByKey.get(keys[0] ?? '');
  if (!old || old.keys.length !== keys.length) return null;
  for (const key of keys) if (stats.has(key) || previousByKey.get(key) !== old) return null;
  return old;
}

/** Earlier entities' keys as stats without articles (so no co-occurrence rule fires on them). */
function previousStats(previousByKey: ReadonlyMap<string, CanonicalEntity>, stats: ReadonlyMap<string, KeyStats>): KeyStats[] {
  return [...previousByKey]
    .filter(([key]) => !stats.has(key))
    .map(([key, entity]) => ({
      key, types: new Map([[entity.type, entity.mentionCount]]), names: new Map(), surfaces: new Set(),
      mentions: entity.mentionCount, articles: new Set(), context: new Set(),
    }));
}

/**
 * The most frequent surface name; for an organisation, its most frequent name of two or more
 * words when that carries a fifth of the uses at least: news calls a firm "Brightwell" after
 * naming "Brightwell Foundry" once, and the full name is the one to show.
 */
function displayName(names: ReadonlyMap<string, number>, type: EntityType): string | undefined {
  const total = [...names.values()].reduce((sum, n) => sum + n, 0);
  if (type === 'organisation') {
    const full = new Map([...names].filter(([name]) => /\s/.test(name.trim())));
    const best = mostFrequent(full);
    if (best && (full.get(best) ?? 0) * 5 >= total) return best;
  }
  return mostFrequent(names);
}

function buildEntity(keys: readonly string[], stats: ReadonlyMap<string, KeyStats>, previousByKey: ReadonlyMap<string, CanonicalEntity>): CanonicalEntity {
  const olds = [...new Set(keys.map((k) => previousByKey.get(k)).filter((e): e is CanonicalEntity => e !== undefined))]
    .sort((a, b) => b.mentionCount - a.mentionCount || a.id.localeCompare(b.id));
  const types = new Map<EntityType, number>();
  const names = new Map<string, number>();
  const aliases = new Set<string>();
  const articles = new Set<string>();
  const keyWeight = new Map<string, number>();
  let mentionCount = 0;
  let articleCount = 0;
  for (const old of olds) {
    increment(types, old.type, old.mentionCount);
    increment(names, old.name, old.mentionCount);
    old.aliases.forEach((a) => aliases.add(a));
    old.keys.forEach((k) => increment(keyWeight, k, old.mentionCount));
    mentionCount += old.mentionCount;
    articleCount += old.articleCount;
  }
  for (const key of keys) {
    const s = stats.get(key);
    if (!s) continue;
    s.types.forEach((n, t) => increment(types, t, n));
    s.names.forEach((n, name) => increment(names, name, n));
    s.surfaces.forEach((a) => aliases.add(a));
    s.articles.forEach((a) => articles.add(a));
    increment(keyWeight, key, s.mentions);
    mentionCount += s.mentions;
  }
  const type = winningType(types);
  const orderedKeys = [...keys].sort((a, b) => (keyWeight.get(b) ?? 0) - (keyWeight.get(a) ?? 0) || a.localeCompare(b));
  const firstKey = olds[0]?.keys[0] ?? orderedKeys[0] ?? '';
  return {
    id: olds[0]?.id ?? stableId('e', firstKey),
    name: displayName(names, type) ?? firstKey,
    // The weighted majority of the evidence; a name typed anywhere beats its untyped uses.
    type,
    keys: olds[0] ? [firstKey, ...orderedKeys.filter((k) => k !== firstKey)] : orderedKeys,
    aliases: [...aliases].sort(),
    mentionCount,
    articleCount: articleCount + articles.size,
  };
}
