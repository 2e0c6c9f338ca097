import { clusterDocuments } from './cluster-documents.js';
import type { CorefClusters, CorefDocument, CorefMention } from './coref-types.js';
import { viewMention, type MentionView } from './mention-words.js';
import type { UnionFind } from './union-find.js';
import { ConstrainedSets } from './constrained-sets.js';
import { caseCounts } from './case-counts.js';
import { mentionTraits } from './mention-traits.js';
import { mergeByKeys } from './merge-by-key.js';
import { mergeFullNames } from './full-names.js';
import { isPronoun, withinDocumentEntities } from './within-document.js';
import { acronymKey } from './acronyms.js';
import { mergeByArguments, participantsOf, REPORTING } from './argument-evidence.js';
import { collectTitles, isName, nameForDescription } from './title-evidence.js';

/**
 * Entity classes merged across documents by the event slot they fill (when one entity
 * fills it in each document). On the train topics every class gains; with the chain
 * agreement checks and the distinct-events document groups, things gain too (entity
 * CoNLL 78.99 with them, 78.88 without; 76.85 with no class at all).
 */
const ARGUMENT_CLASSES: ReadonlySet<string> = new Set(['time', 'place', 'person', 'organisation', 'thing']);

export interface CorefOptions {
  /** Doc id → document group; by default documents are clustered by `clusterDocuments`. */
  readonly groupOf?: ReadonlyMap<string, string>;
}

/**
 * Cross-document coreference of given mentions, a sieve from strong to weak evidence:
 * documents are grouped by seminal event (`clusterDocuments`); entity chains are built
 * inside each document (same head, pronouns); chains of a group merge on a shared head
 * lemma, synonym or acronym; full person names and organisation names merge across groups;
 * descriptions join the name chains they title; events merge on trigger lemma (reporting
 * events only with a shared speaker); last, entities filling the same slot of one event in
 * different documents merge. Every entity merge must pass the chains' agreement
 * (`ConstrainedSets`: names, gender, number, kinship, calendar values, stated numbers).
 * Deterministic; the result does not depend on the order of `mentions`.
 */
export function resolveCoref(docs: readonly CorefDocument[], mentions: readonly CorefMention[], options: CorefOptions = {}): CorefClusters {
  const groupOf = options.groupOf ?? clusterDocuments(docs);
  const byId = new Map(docs.map((d) => [d.id, d]));
  // Sorted by id so the result does not depend on the order mentions are given in.
  const views = [...mentions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((m) => viewMention(m, byId.get(m.doc)));
  const cases = caseCounts(docs);
  const traits = new Map(views.map((v) => [v.mention.id, mentionTraits(v, cases)]));
  const sets = new ConstrainedSets(traits);
  for (const v of views) sets.find(v.mention.id);
  const entities = views.filter((v) => v.mention.kind === 'entity');
  for (const docViews of groupBy(entities, (v) => v.mention.doc).values()) withinDocumentEntities(docViews, sets);
  mergeAcrossDocuments(entities, groupOf, sets);
  mergeFullNames(entities, traits, sets);
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
  const keysOf = (v: MentionView): string[] => {
    if (isPronoun(v)) return [];
    const group = `${groupOf.get(v.mention.doc) ?? v.mention.doc}|${v.mention.entityClass ?? ''}`;
    const acronym = acronymKey(v);
    return [`${group}|${v.matchKey}`, ...(acronym ? [`${group}|acronym:${acronym}`] : [])];
  };
  mergeByKeys(entities, (v) => v.mention.id, keysOf, sets);
}

/**
 * Event mentions of one document group with the same trigger lemma (or synonym) merge.
 * Reporting events ("said", "told") merge only when they share a speaker, and stay alone
 * without one: many people speak in one story (on the train topics, event CoNLL 75.7 →
 * 77.2 with predicted groups; merging speakerless ones by lemma was 0.1 worse).
 */
function mergeEvents(events: readonly MentionView[], participants: ReadonlyMap<string, ReadonlySet<string>>, groupOf: ReadonlyMap<string, string>, sets: UnionFind): void {
  const keysOf = (v: MentionView): string[] => {
    const key = `${groupOf.get(v.mention.doc) ?? v.mention.doc}|${v.matchKey}`;
    return REPORTING.has(v.matchKey) ? [...(participants.get(v.mention.id) ?? [])].sort().map((speaker) => `${key}|${speaker}`) : [key];
  };
  mergeByKeys(events, (v) => v.mention.id, keysOf, sets);
}

/**
 * A description ("the lawyer") joins the name it titles in the group's documents ("lawyer
 * Shawn Holley"). Titles are counted per name chain, so "his sister Katie Jenkin" points
 * at Katie's chain, not at her brother John Jenkin's.
 */
function linkDescriptionsToNames(entities: readonly MentionView[], groupOf: ReadonlyMap<string, string>, docs: ReadonlyMap<string, CorefDocument>, sets: UnionFind): void {
  for (const group of groupBy(entities, (v) => `${groupOf.get(v.mention.doc) ?? v.mention.doc}|${v.mention.entityClass ?? ''}`).values()) {
    const names = group.filter((v) => !isPronoun(v) && isName(v));
    const titles = collectTitles(names, docs, (v) => sets.find(v.mention.id));
    for (const v of group) {
      const chain = nameForDescription(v, titles, MIN_TITLE_COUNT);
      if (chain !== undefined) sets.union(chain, v.mention.id);
    }
  }
}

/** One title occurrence suffices: on train topics a floor of 2 or 3 lost more recall than it saved. */
const MIN_TITLE_COUNT = 1;

