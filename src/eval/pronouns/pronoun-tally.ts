import type { Mention } from '../../core/model.js';
import { pronounWord, type PronounClass } from '../../stages/entities/pronoun-words.js';
import type { ConllOffsets } from '../entities/conll-article.js';
import type { GumCorefDocument, GumMention } from './read-gum-coref.js';

export interface PronounScore {
  /** Gold pronouns whose chain holds a name the entities stage found (the ones it could resolve). */
  readonly gold: number;
  /** Pronoun mentions the stage produced. */
  readonly produced: number;
  /** Produced mentions whose key is the key of a name in the pronoun's gold chain. */
  readonly correct: number;
  /** Gold pronouns whose chain holds a proper name in GUM's own mentions, found by the stage or not. */
  readonly goldNamed: number;
  /** Right pronouns among those: `correctNamed / goldNamed` is the end-to-end recall, name finding included. */
  readonly correctNamed: number;
  readonly endToEndRecall: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

interface Counts { gold: number; produced: number; correct: number; goldNamed: number; correctNamed: number }

const EMPTY: Counts = { gold: 0, produced: 0, correct: 0, goldNamed: 0, correctNamed: 0 };

/** GUM types of named things a pronoun can stand for (times and quantities are not). */
const NAMED_TYPES = new Set(['person', 'organization', 'place']);

/**
 * A gold mention that is a proper name: of a named type, with a capitalised word that is
 * not a pronoun and not merely sentence-initial ("Vance", "the Tarnby council"; not "She",
 * not "The board").
 */
function isGoldName(m: GumMention, sentences: readonly (readonly string[])[]): boolean {
  if (!NAMED_TYPES.has(m.type)) return false;
  const capitals = m.tokens.filter(([s, t]) => {
    const word = sentences[s]?.[t] ?? '';
    return /^\p{Lu}/u.test(word) && word !== 'I' && !pronounWord(word);
  });
  return capitals.length >= 2 || capitals.some(([, t]) => t > 0);
}

const span = (m: GumMention, offsets: ConllOffsets): { start: number; end: number } | null => {
  const first = m.tokens[0];
  const last = m.tokens[m.tokens.length - 1];
  const a = first ? offsets[first[0]]?.[first[1]] : undefined;
  const b = last ? offsets[last[0]]?.[last[1]] : undefined;
  return a && b ? { start: a[0], end: b[1] } : null;
};

type GoldSpan = { readonly mention: GumMention; readonly start: number; readonly end: number };

/**
 * The gold mention a named mention stands for: the smallest that contains it, else the one
 * it overlaps most (the stage's span may be longer: "Dame Ada Pike DBE" for gold "Ada Pike").
 */
function holderOf(named: Mention, spans: readonly GoldSpan[]): GoldSpan | undefined {
  let best: GoldSpan | undefined;
  let bestRank = -Infinity;
  for (const g of spans) {
    const overlap = Math.min(g.end, named.end) - Math.max(g.start, named.start);
    if (overlap <= 0) continue;
    const contains = g.start <= named.start && named.end <= g.end;
    const rank = contains ? 1e9 - (g.end - g.start) : overlap;
    if (rank > bestRank) { best = g; bestRank = rank; }
  }
  return best;
}

/**
 * Pronoun resolution scored against GUM's chains, per pronoun class and overall. A gold
 * pronoun is a one-token third-person mention; it counts (recall) when its chain holds a
 * gold mention that a named mention of the stage stands for (`holderOf`: "Ms. Vance of
 * Acme" gives "Acme" to Acme's chain, not Vance's). A produced
 * pronoun mention is right (precision) when it sits on a gold pronoun and its key is one of
 * those names' keys. Pronouns on no gold mention (pleonastic "it") count as wrong. The
 * end-to-end recall counts instead every gold pronoun whose chain holds a proper name in
 * GUM (`isGoldName`), so names the stage missed count against it too.
 */
export class PronounTally {
  private readonly counts = new Map<PronounClass, Counts>();

  add(doc: GumCorefDocument, offsets: ConllOffsets, mentions: readonly Mention[]): void {
    const spans: GoldSpan[] = doc.mentions.flatMap((m) => { const s = span(m, offsets); return s ? [{ mention: m, ...s }] : []; });
    const keysOfChain = new Map<string, Set<string>>();
    for (const named of mentions) {
      if (named.via === 'pronoun') continue;
      const holder = holderOf(named, spans);
      const chain = holder ? doc.chainOf.get(holder.mention.id) : undefined;
      if (chain) keysOfChain.set(chain, (keysOfChain.get(chain) ?? new Set()).add(named.key));
    }
    const named = new Set(doc.mentions.filter((m) => isGoldName(m, doc.sentences)).map((m) => doc.chainOf.get(m.id)));
    const goldAt = new Map<number, { cls: PronounClass; keys: ReadonlySet<string>; named: boolean }>();
    for (const g of spans) {
      const word = g.mention.tokens.length === 1 ? pronounWord(doc.sentences[g.mention.tokens[0]![0]]?.[g.mention.tokens[0]![1]] ?? '') : undefined;
      if (!word || goldAt.has(g.start)) continue;
      const chain = doc.chainOf.get(g.mention.id);
      const gold = { cls: word.class, keys: keysOfChain.get(chain ?? '') ?? new Set<string>(), named: named.has(chain) };
      goldAt.set(g.start, gold);
      if (gold.keys.size > 0) this.bump(word.class, 'gold');
      if (gold.named) this.bump(word.class, 'goldNamed');
    }
    for (const p of mentions) {
      if (p.via !== 'pronoun') continue;
      const cls = pronounWord(p.text)?.class;
      if (!cls) continue;
      this.bump(cls, 'produced');
      const gold = goldAt.get(p.start);
      if (!gold?.keys.has(p.key)) continue;
      this.bump(cls, 'correct');
      if (gold.named) this.bump(cls, 'correctNamed');
    }
  }

  /** P/R/F1 over the given pronoun classes (all four by default). */
  score(classes: readonly PronounClass[] = ['male', 'female', 'neuter', 'plural']): PronounScore {
    const c = { ...EMPTY };
    for (const cls of classes) {
      const k = this.counts.get(cls) ?? EMPTY;
      for (const field of Object.keys(c) as (keyof Counts)[]) c[field] += k[field];
    }
    const precision = c.produced > 0 ? c.correct / c.produced : 0;
    const recall = c.gold > 0 ? c.correct / c.gold : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { ...c, precision, recall, f1, endToEndRecall: c.goldNamed > 0 ? c.correctNamed / c.goldNamed : 0 };
  }

  byClass(): Record<PronounClass, PronounScore> {
    return { male: this.score(['male']), female: this.score(['female']), neuter: this.score(['neuter']), plural: this.score(['plural']) };
  }

  private bump(cls: PronounClass, field: keyof Counts): void {
    const c = this.counts.get(cls) ?? { ...EMPTY };
    c[field]++;
    this.counts.set(cls, c);
  }
}
