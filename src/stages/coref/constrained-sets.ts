import type { MentionTraits } from './mention-traits.js';
import { UnionFind } from './union-find.js';

type Name = NonNullable<MentionTraits['name']>;

/** What a whole chain says about its entity: every name and every trait value of its mentions. */
interface ChainSummary {
  readonly names: readonly Name[];
  /** Sets of values of which two chains must share one when both have any: gender, number, kinship role, weekday, … */
  readonly values: Readonly<Record<ValueKind, ReadonlySet<string>>>;
}

/** Trait kinds compared as sets; `proper` (the names in an organisation or thing mention) is one. */
const VALUE_KINDS = ['gender', 'number', 'kin', 'proper', 'weekday', 'month', 'year', 'shape', 'which', 'quantity'] as const;
type ValueKind = (typeof VALUE_KINDS)[number];

/**
 * Two person names can be one person: same surname and, when both give first names, a
 * shared initial ("Fred LaRue" / "Frederick LaRue", not "John Jenkin" / "Katie Jenkin");
 * or a lone first name that is the other's given name ("Noa" / "Noa Pell").
 */
export function namesAgree(a: Name, b: Name): boolean {
  if (a.surname === b.surname) return !a.initials.length || !b.initials.length || a.initials.some((i) => b.initials.includes(i));
  const lone = (x: Name, y: Name): boolean => x.initials.length === 0 && y.given.includes(x.surname);
  return lone(a, b) || lone(b, a);
}

const disjoint = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));

/** Chains may merge unless their names or trait values (gender, number, kinship, weekday, …) contradict each other. */
export function chainsAgree(a: ChainSummary, b: ChainSummary): boolean {
  if (VALUE_KINDS.some((kind) => disjoint(a.values[kind], b.values[kind]))) return false;
  // Chains that both carry names must share a compatible pair (a chain may hold "Noa" and "Noa Pell").
  return !a.names.length || !b.names.length || a.names.some((x) => b.names.some((y) => namesAgree(x, y)));
}

function summaryOf(traits: MentionTraits | undefined): ChainSummary {
  const t = traits ?? {};
  const values: Record<ValueKind, readonly (string | undefined)[]> = {
    gender: [t.gender], number: [t.number], kin: [t.kin], proper: t.properWords ?? [],
    weekday: [t.time?.weekday], month: [t.time?.month], year: [t.time?.year], shape: [t.time?.shape], which: [t.time?.which], quantity: t.quantities ?? [],
  };
  const sets = Object.fromEntries(VALUE_KINDS.map((kind) => [kind, new Set(values[kind].filter((v): v is string => v !== undefined))])) as unknown;
  return { names: t.name ? [t.name] : [], values: sets as Record<ValueKind, ReadonlySet<string>> };
}

function combine(a: ChainSummary, b: ChainSummary): ChainSummary {
  const values = Object.fromEntries(VALUE_KINDS.map((kind) => [kind, new Set([...a.values[kind], ...b.values[kind]])])) as unknown;
  return { names: [...a.names, ...b.names], values: values as Record<ValueKind, ReadonlySet<string>> };
}

/**
 * Disjoint sets of mentions that refuse a union whose chains contradict each other (the
 * entity-level agreement of Lee et al. 2013): once "Fred LaRue" and "Mark Felt" head two
 * chains, no shared description ("the official") or pronoun can join them.
 */
export class ConstrainedSets extends UnionFind {
  private readonly summaries = new Map<string, ChainSummary>();

  constructor(private readonly traitsOf: ReadonlyMap<string, MentionTraits>) {
    super();
  }

  private summary(root: string): ChainSummary {
    const known = this.summaries.get(root);
    if (known) return known;
    const fresh = summaryOf(this.traitsOf.get(root));
    this.summaries.set(root, fresh);
    return fresh;
  }

  /** Whether the chains of `a` and `b` could be one entity. */
  override canUnion(a: string, b: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    return ra === rb || chainsAgree(this.summary(ra), this.summary(rb));
  }

  /** Whether both chains state a gender and share it. */
  override confirms(a: string, b: string): boolean {
    const ga = this.summary(this.find(a)).values.gender;
    const gb = this.summary(this.find(b)).values.gender;
    return [...ga].some((g) => gb.has(g));
  }

  /** Merges the two chains if they agree; true when they are (now) one chain. */
  override union(a: string, b: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    const sa = this.summary(ra);
    const sb = this.summary(rb);
    if (!chainsAgree(sa, sb)) return false;
    super.union(ra, rb);
    this.summaries.set(this.find(ra), combine(sa, sb));
    return true;
  }
}
