import type { EntityCandidate, EntityType, Mention } from '../../core/model.js';
import { lookupAlias } from './canonical-key.js';
import { shortFormIndex, shortFormTarget } from './short-forms.js';
import type { RawMention } from './type-name.js';

/** A mention with the weight of the evidence for its type, for corpus-level type votes. */
export interface WeightedMention extends Mention {
  readonly typeWeight?: number;
}

/** Weight of a type resolved from a fuller name or a list. */
const RESOLVED = 3;

interface FullName {
  readonly key: string;
  readonly name: string;
  readonly positions: readonly number[];
}

const lastWord = (key: string): string => key.split(' ').pop() ?? key;
/** A key of two or more words (keys are words joined by single spaces). */
const isMultiWord = (key: string): boolean => key.includes(' ');

/** People named in full (two or more words), grouped by surname. */
function fullNamesBySurname(mentions: readonly RawMention[]): Map<string, FullName[]> {
  const byKey = new Map<string, { name: string; positions: number[] }>();
  for (const m of mentions) {
    if (m.type !== 'person' || !isMultiWord(m.key)) continue;
    const entry = byKey.get(m.key) ?? { name: m.text, positions: [] };
    entry.positions.push(m.start);
    byKey.set(m.key, entry);
  }
  const bySurname = new Map<string, FullName[]>();
  for (const [key, { name, positions }] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
    const list = bySurname.get(lastWord(key)) ?? [];
    list.push({ key, name, positions });
    bySurname.set(lastWord(key), list);
  }
  return bySurname;
}

/**
 * Scores the full names a surname could stand for: mentions count, and a closer preceding
 * mention counts more (a reader resolves "Smith" to the Smith named most recently).
 */
function scoreCandidates(options: readonly FullName[], at: number): EntityCandidate[] {
  const raw = options.map((option) => {
    const before = option.positions.filter((p) => p <= at);
    const nearest = before.length > 0 ? at - Math.max(...before) : Number.POSITIVE_INFINITY;
    return { key: option.key, value: option.positions.length + (Number.isFinite(nearest) ? 2 + 1000 / (1000 + nearest) : 0) };
  });
  const total = raw.reduce((sum, r) => sum + r.value, 0);
  return raw
    .map((r) => ({ key: r.key, score: Math.round((r.value / total) * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
}

/** "World Health Organization (WHO)" and spelled-out names whose initials give an acronym. */
function acronymExpansions(text: string, mentions: readonly RawMention[]): Map<string, RawMention> {
  const map = new Map<string, RawMention>();
  for (const m of mentions) {
    if (m.acronym || !isMultiWord(m.key)) continue;
    const parenthesised = /^\s*\(([\p{Lu}.&]{2,8})\)/u.exec(text.slice(m.end));
    if (parenthesised?.[1]) map.set(parenthesised[1].replace(/\./g, '').toLowerCase(), m);
    const initials = m.key.split(' ').filter((w) => !['of', 'the', 'and', 'for', 'de', '&'].includes(w)).map((w) => w[0]).join('');
    if (initials.length >= 2 && !map.has(initials)) map.set(initials, m);
  }
  return map;
}

/**
 * Turns typed names into article-level mentions: aliases folded, acronyms expanded, and
 * surnames ("Trump", "Mr. Trump") resolved to the full name used elsewhere in the article.
 */
export function resolveInArticle(text: string, mentions: readonly RawMention[]): WeightedMention[] {
  const contextKeys = new Set(mentions.map((m) => m.key));
  const surnames = fullNamesBySurname(mentions);
  const acronyms = acronymExpansions(text, mentions);
  const shortForms = shortFormIndex(mentions);
  const result: WeightedMention[] = [];
  for (const m of mentions) {
    const alias = lookupAlias(m.key, contextKeys);
    if (alias) { result.push(resolved(m, RESOLVED, alias.type, alias.key, alias.name)); continue; }
    const expansion = m.acronym ? acronyms.get(m.key) : undefined;
    if (expansion) {
      const folded = lookupAlias(expansion.key, contextKeys);
      result.push(resolved(m, RESOLVED, folded?.type ?? expansion.type, folded?.key ?? expansion.key, folded?.name ?? expansion.text));
      continue;
    }
    const options = m.type !== 'place' && !isMultiWord(m.key) ? surnames.get(m.key) : undefined;
    if (options && options.length > 0) {
      const candidates = scoreCandidates(options, m.start);
      const best = options.find((o) => o.key === candidates[0]?.key) ?? options[0]!;
      const mention = resolved(m, RESOLVED, 'person', best.key, best.name);
      result.push(options.length > 1 ? { ...mention, candidates } : mention);
      continue;
    }
    const target = shortFormTarget(text, m, shortForms);
    if (target) { result.push(resolved(m, Math.max(target.weight, 2), target.type, target.key, target.text)); continue; }
    result.push(resolved(m, m.weight, m.type, m.key, m.text));
  }
  return result;
}

/**
 * A mention's record, its fields always in this order: one object shape for every mention
 * (spreading a shared base made each a slower, generic object: 5% of the stage's time).
 */
function resolved(m: RawMention, typeWeight: number, type: EntityType, key: string, name: string): WeightedMention {
  return { start: m.start, end: m.end, text: m.text, typeWeight, type, key, name };
}
