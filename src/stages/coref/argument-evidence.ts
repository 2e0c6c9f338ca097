import type { MentionView } from './mention-words.js';
import { mergeByKeys } from './merge-by-key.js';
import type { UnionFind } from './union-find.js';
import { isPronoun } from './within-document.js';

/** Reporting verbs: many different people say and tell within one story, so their slots prove nothing. */
export const REPORTING: ReadonlySet<string> = new Set(['say', 'tell', 'report', 'announc', 'confirm', 'stat', 'add', 'claim', 'accord', 'comment', 'speak', 'explain', 'describ', 'not', 'reveal', 'insist', 'deni', 'ask', 'write']);

/** Where an entity mention sits relative to the event trigger nearest to it in its sentence. */
export interface ArgumentSlot {
  readonly event: MentionView;
  readonly side: 'before' | 'after';
}

/** The nearest event trigger in the entity mention's sentence, and on which side it is. */
export function argumentSlot(entity: MentionView, eventsInSentence: readonly MentionView[]): ArgumentSlot | undefined {
  const at = entity.mention.tokens[0] ?? 0;
  let best: MentionView | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const e of eventsInSentence) {
    const distance = Math.abs((e.mention.tokens[0] ?? 0) - at);
    if (distance < bestDistance) [best, bestDistance] = [e, distance];
  }
  return best ? { event: best, side: at < (best.mention.tokens[0] ?? 0) ? 'before' : 'after' } : undefined;
}

/**
 * Entity mentions in different documents that fill the same slot of the same (already
 * resolved) event corefer: the place of one check-in is the place of the other. Times and
 * places need only the event; participants also the side of the trigger (agent / patient).
 * Only documents where a single entity fills the slot take part: where two do, the slot
 * cannot say which one is meant (on the train topics, merging them all cost 1–4 points).
 */
export function mergeByArguments(entities: readonly MentionView[], events: readonly MentionView[], groupOf: ReadonlyMap<string, string>, sets: UnionFind, classes: ReadonlySet<string>): void {
  const eventsBySentence = new Map<string, MentionView[]>();
  for (const e of events) {
    const key = `${e.mention.doc}#${e.mention.sentence}`;
    eventsBySentence.set(key, [...(eventsBySentence.get(key) ?? []), e]);
  }
  // Slot key → document → the mentions filling it there.
  const fillers = new Map<string, Map<string, MentionView[]>>();
  for (const v of entities) {
    const cls = v.mention.entityClass ?? '';
    if (isPronoun(v) || !classes.has(cls)) continue;
    const slot = argumentSlot(v, eventsBySentence.get(`${v.mention.doc}#${v.mention.sentence}`) ?? []);
    if (!slot || (cls !== 'place' && cls !== 'time' && REPORTING.has(slot.event.matchKey))) continue;
    const side = cls === 'place' || cls === 'time' ? '' : slot.side;
    const key = `${groupOf.get(v.mention.doc) ?? v.mention.doc}|${cls}|${sets.find(slot.event.mention.id)}|${side}`;
    const byDoc = fillers.get(key) ?? new Map<string, MentionView[]>();
    byDoc.set(v.mention.doc, [...(byDoc.get(v.mention.doc) ?? []), v]);
    fillers.set(key, byDoc);
  }
  for (const byDoc of fillers.values()) {
    // Only documents where one entity fills the slot say which entity it is.
    const unique = [...byDoc.values()].filter((vs) => new Set(vs.map((v) => sets.find(v.mention.id))).size === 1);
    // Each document's filler joins the first earlier filler chain it agrees with.
    mergeByKeys(unique.flat(), (v) => v.mention.id, () => ['slot'], sets);
  }
}


/** Per event mention id: the chain roots of the participants (persons, organisations) in its sentence nearest to it. */
export function participantsOf(entities: readonly MentionView[], events: readonly MentionView[], sets: UnionFind): Map<string, Set<string>> {
  const eventsBySentence = new Map<string, MentionView[]>();
  for (const e of events) {
    const key = `${e.mention.doc}#${e.mention.sentence}`;
    eventsBySentence.set(key, [...(eventsBySentence.get(key) ?? []), e]);
  }
  const participants = new Map<string, Set<string>>();
  for (const v of entities) {
    const cls = v.mention.entityClass;
    if (cls !== 'person' && cls !== 'organisation') continue;
    const slot = argumentSlot(v, eventsBySentence.get(`${v.mention.doc}#${v.mention.sentence}`) ?? []);
    if (!slot) continue;
    participants.set(slot.event.mention.id, (participants.get(slot.event.mention.id) ?? new Set<string>()).add(sets.find(v.mention.id)));
  }
  return participants;
}
