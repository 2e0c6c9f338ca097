import type { EntityCandidate, EntityType, Mention } from '../../core/model.js';
import { givenNameGender, titleGender, type Gender } from './name-genders.js';
import { agreesInGender, type PronounClass, type PronounWord } from './pronoun-words.js';

/** A mention a later pronoun may refer to: a name, or a pronoun already resolved to one. */
export interface Referent {
  readonly key: string;
  readonly name: string;
  readonly type: EntityType;
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  /** First entity of its sentence near the sentence start: a subject, the most salient slot. */
  readonly subject: boolean;
  /** A pronoun resolved earlier (it carries its name on, with `policy.chained` of a name's weight). */
  readonly pronoun: boolean;
}

/**
 * What each pronoun class may refer to, how far back (in sentences) it looks, and the
 * salience weights (Lappin & Leass 1994 in miniature): a referent keeps `decay` of its weight
 * per sentence back, a subject counts `subject` times more, a name whose gender is known to
 * match `genderMatch` times more than one of unknown gender; a runner-up within `ambiguous`
 * of the best is kept as a candidate.
 */
export interface PronounPolicy {
  readonly types: Readonly<Record<PronounClass, readonly EntityType[]>>;
  readonly window: Readonly<Record<PronounClass, number>>;
  readonly decay: number;
  readonly subject: number;
  readonly genderMatch: number;
  readonly ambiguous: number;
  /** Weight of an earlier resolved pronoun as a referent, relative to a name. */
  readonly chained: number;
  /** How much a name named often so far outweighs one named once: × (1 + frequency · ln count). */
  readonly frequency: number;
}

/** A pronoun to resolve: its word entry, sentence index and position. */
export interface PronounSite {
  readonly word: PronounWord;
  readonly sentence: number;
  readonly start: number;
}

/** Words and marks that open a new clause: an object pronoun after one may refer to the subject before it. */
const CLAUSE_BREAK = /[,;:"“”()—–]|\b(?:that|and|but|or|who|whom|which|when|where|after|before|because|said|says|told|tells|while|if|as|so|until|since|although|though|whether|asked|to)\b/i;

/** What the article has said about its names so far: genders, and how often each was named. */
export interface KnownNames {
  readonly genders: Map<string, Gender>;
  readonly counts: Map<string, number>;
}

export interface Resolution {
  readonly best: Referent;
  readonly candidates: readonly EntityCandidate[] | undefined;
}

/**
 * The referent a pronoun stands for among the recent ones (reading order): agreement in
 * type and gender, binding (an object pronoun is not its own clause's subject, a reflexive
 * is), then salience. Undefined when nothing agrees: a pronoun is never forced onto a name.
 */
export function chooseAntecedent(text: string, site: PronounSite, recent: readonly Referent[], known: KnownNames, policy: PronounPolicy): Resolution | undefined {
  const { genders, counts } = known;
  const cls = site.word.class;
  const types = policy.types[cls];
  const scores = new Map<string, { score: number; referent: Referent }>();
  for (const r of recent) {
    const distance = site.sentence - r.sentence;
    if (distance > policy.window[cls] || r.start >= site.start || !types.includes(r.type)) continue;
    const gender = r.type === 'person' ? genders.get(r.key) : undefined;
    if (!agreesInGender(cls, gender)) continue;
    if (!bindingAllows(text, site, r, distance)) continue;
    const score = policy.decay ** distance * (r.subject && !r.pronoun ? policy.subject : 1) * (r.pronoun ? policy.chained : 1);
    // Salience adds up over a key's recent mentions (a name told of again and again is the
    // topic); the latest mention stands for the key.
    const held = scores.get(r.key);
    scores.set(r.key, { score: (held?.score ?? 0) + score, referent: r });
  }
  for (const [key, held] of scores) {
    const gender = held.referent.type === 'person' ? genders.get(key) : undefined;
    held.score *= (gender !== undefined ? policy.genderMatch : 1) * (1 + policy.frequency * Math.log(counts.get(key) ?? 1));
  }
  const ranked = [...scores.values()].sort((a, b) => b.score - a.score || b.referent.start - a.referent.start);
  const first = ranked[0];
  if (!first) return undefined;
  const close = ranked.filter((x) => x.score >= first.score * policy.ambiguous);
  return { best: first.referent, candidates: close.length > 1 ? candidatesOf(close) : undefined };
}

function bindingAllows(text: string, site: PronounSite, r: Referent, distance: number): boolean {
  const role = site.word.role;
  if (role === 'reflexive') return distance === 0;
  if (role !== 'object' || distance > 0) return true;
  return CLAUSE_BREAK.test(text.slice(r.end, site.start));
}

function candidatesOf(close: readonly { score: number; referent: Referent }[]): EntityCandidate[] {
  const total = close.reduce((sum, x) => sum + x.score, 0);
  return close.map((x) => ({ key: x.referent.key, score: Math.round((x.score / total) * 1000) / 1000 }));
}

/** People's genders in an article, from a title just before any of their mentions ("Ms. Vance"), else the given name. */
export function keyGenders(text: string, named: readonly Mention[]): Map<string, Gender> {
  const genders = new Map<string, Gender>();
  for (const m of named) {
    if (m.type !== 'person') continue;
    const title = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, m.start - 16), m.start))?.[1];
    const fromTitle = title ? titleGender(title.toLowerCase()) : undefined;
    if (fromTitle) { genders.set(m.key, fromTitle); continue; }
    if (genders.has(m.key) || !m.key.includes(' ')) continue;
    const fromName = givenNameGender(m.key.slice(0, m.key.indexOf(' ')));
    if (fromName) genders.set(m.key, fromName);
  }
  return genders;
}
