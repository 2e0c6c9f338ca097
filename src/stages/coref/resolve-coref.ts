import { clusterDocuments } from './cluster-documents.js';
import type { CorefClusters, CorefDocument, CorefMention } from './coref-types.js';
import { viewMention, type MentionView } from './mention-words.js';
import { UnionFind } from './union-find.js';
import { isPronoun, withinDocumentEntities } from './within-document.js';
import { acronymKey } from './acronyms.js';
import { mergeByArguments, participantsOf, REPORTING } from './argument-evidence.js';
import { collectTitles, isName, nameForDescription } from './title-evidence.js';

/**
 * Entity classes merged across documents by the event slot they fill (when one entity
 * fills it in each document). On the train topics with gold sub-topic groups every class
 * gained (time +3.1 CoNLL, place +3.8, thing +2.0, person +1.6, organisation +1.2); with
 * predicted groups things chain a patch, its flaw and the browser together, and leaving
 * them out was best (entity CoNLL 76.6 against 76.4).
 */
const ARGUMENT_CLASSES: ReadonlySet<string> = new Set(['time', 'place', 'person', 'organisation']);

export interface CorefOptions {
  /** Doc id → document group; by default documents are clustered by `clusterDocuments`. */
  readonly groupOf?: ReadonlyMap<string, string>;
}

/**
 * Cross-document coreference of given mentions, a sieve from strong to weak evidence:
 * documents are grouped by topic (`clusterDocuments`); entity chains are built inside each
 * document (same head, pronouns); chains of a group merge on a shared head lemma, synonym
 * or acronym, and descriptions join the names they title; events merge on trigger lemma
 * (reporting events only with a shared speaker); last, entities filling the same slot of
 * one event in different documents merge. Deterministic; the result does not depend on
 * the order of `mentions`.
 */
export function resolveCoref(docs: readonly CorefDocument[], mentions: readonly CorefMention[], options: CorefOptions = {}): CorefClusters {
  const groupOf = options.groupOf ?? clusterDocuments(docs);
  const byId = new Map(docs.map((d) => [d.id, d]));
  // Sorted by id so the result does not depend on the order mentions are given in.
  const views = [...mentions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((m) => viewMention(m, byId.get(m.doc)));
  const sets = new UnionFind();
  for (const v of views) sets.find(v.mention.id);
  const entities = views.filter((v) => v.mention.kind === 'entity');
  for (const docViews of groupBy(entities, (v) => v.mention.doc).values()) withinDocumentEntities(docViews, sets);
  mergeAcrossDocuments(entities, groupOf, sets);
  linkDescriptionsToNames(entities, groupOf, byId, sets);
  const events = views.filter((v) => v.mention.kind === 'event');
  mergeEvents(events, participantsOf(entities, events, sets), groupOf, sets);
  mergeByArguments(entities, events, groupOf, sets, ARGUMENT_CLASSES);
  const clusters = new Map<string, string>();
  for (const m of mentions) clusters.set(m.id, sets.find(m.id));
  return clusters;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Entity chains of one document group that share a non-pronoun head lemma or an acronym (and class) merge. */
function mergeAcrossDocuments(entities: readonly MentionView[], groupOf: ReadonlyMap<string, string>, sets: UnionFind): void {
  const firstByKey = new Map<string, string>();
  for (const v of entities) {
    if (isPronoun(v)) continue;
    const group = `${groupOf.get(v.mention.doc) ?? v.mention.doc}|${v.mention.entityClass ?? ''}`;
    const acronym = acronymKey(v);
    for (const key of [`${group}|${v.matchKey}`, ...(acronym ? [`${group}|acronym:${acronym}`] : [])]) {
      const first = firstByKey.get(key);
      if (first) sets.union(first, v.mention.id);
      else firstByKey.set(key, v.mention.id);
    }
  }
}

/**
 * Event mentions of one document group with the same trigger lemma (or synonym) merge.
 * Reporting events ("said", "told") merge only when they share a speaker, and stay alone
 * without one: many people speak in one story (on the train topics, event CoNLL 75.7 →
 * 77.2 with predicted groups; merging speakerless ones by lemma was 0.1 worse).
 */
function mergeEvents(events: readonly MentionView[], participants: ReadonlyMap<string, ReadonlySet<string>>, groupOf: ReadonlyMap<string, string>, sets: UnionFind): void {
  const firstByKey = new Map<string, string>();
  for (const v of events) {
    const key = `${groupOf.get(v.mention.doc) ?? v.mention.doc}|${v.matchKey}`;
    const keys = REPORTING.has(v.matchKey) ? [...(participants.get(v.mention.id) ?? [])].sort().map((speaker) => `${key}|${speaker}`) : [key];
    for (const k of keys) {
      const first = firstByKey.get(k);
      if (first) sets.union(first, v.mention.id);
      else firstByKey.set(k, v.mention.id);
    }
  }
}

/** A description ("the lawyer") joins the name it titles in the group's documents ("lawyer Shawn Holley"). */
function linkDescriptionsToNames(entities: readonly MentionView[], groupOf: ReadonlyMap<string, string>, docs: ReadonlyMap<string, CorefDocument>, sets: UnionFind): void {
  for (const group of groupBy(entities, (v) => `${groupOf.get(v.mention.doc) ?? v.mention.doc}|${v.mention.entityClass ?? ''}`).values()) {
    const names = group.filter((v) => !isPronoun(v) && isName(v));
    const titles = collectTitles(names, docs);
    const firstByName = new Map<string, string>();
    for (const v of names) if (!firstByName.has(v.headLemma)) firstByName.set(v.headLemma, v.mention.id);
    for (const v of group) {
      const name = nameForDescription(v, titles, MIN_TITLE_COUNT);
      const target = name === undefined ? undefined : firstByName.get(name);
      if (target) sets.union(target, v.mention.id);
    }
  }
}

/** One title occurrence suffices: on train topics a floor of 2 or 3 lost more recall than it saved. */
const MIN_TITLE_COUNT = 1;

