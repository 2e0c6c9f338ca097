import type { EventRecord, KeyFrequencies, Weights } from '../events/index.js';
import { idfFrom } from '../events/index.js';
import { entriesOf } from './idf-cosine.js';
import { explainStory, storyScorer } from './score-story.js';
import type { StoryAssignment, StoryIndex, StoryRecord } from './story-types.js';
import { extendDates, foundStory, joinStory, memberProfile, storyKeys, storyQueryKeys } from './update-story.js';

/**
 * Lowest score at which an event joins a story; looser than events, since a story's later
 * events share its actors more than its words. Chosen on the fixtures (follow-ups months
 * apart score about 0.6, unrelated topics below 0.02) and by replaying the demo corpus in
 * ingest order with IDF from the event index: true links scored 0.21–0.67, the best wrong
 * story 0.18 (0.19 since IDF is damped, see score-story.ts). Without IDF a wrong story
 * scored 0.27 there (shared country and leader names), above several true links, so no
 * threshold separates them: pass `statistics`.
 */
export const STORY_THRESHOLD = 0.2;
export const STORY_CANDIDATE_LIMIT = 25;
/**
 * An established story (at least `ESTABLISHED_EVENTS` events) is joined from this score on.
 * Its profile sums many events, so incidental words have averaged out and a weaker overlap
 * is still evidence; a young story's profile is one or two events' words, and the demo
 * corpus shows what a low bar does there (its bridge story first scored 0.19 against the
 * one-event trade story, through shared country names). Swept on Timeline17 (pooled
 * topics, src/eval/clusters; entity share 0.3), the demo corpus kept at three stories
 * throughout: 0.13 / 0.12 / 0.11 / 0.1 / 0.09 / 0.08 gave BCubed F1 0.939 / 0.944 / 0.951 /
 * 0.955 / 0.959 / 0.960, precision 0.991 down to 0.990 at 0.1, then 0.989 and 0.986. 0.1 is
 * the last step before precision gives way. 8 events instead of 5 cost 0.002 F1.
 */
export const ESTABLISHED_THRESHOLD = 0.1;
export const ESTABLISHED_EVENTS = 5;

/** The bar an event must clear to join `story`: lower for a story with an established profile. */
function thresholdFor(story: StoryRecord): number {
  return story.eventIds.length >= ESTABLISHED_EVENTS ? Math.min(STORY_THRESHOLD, ESTABLISHED_THRESHOLD) : STORY_THRESHOLD;
}

/**
 * Where key document frequencies come from: the `EventIndex` (article counts of the same
 * `t:` and `e:` keys) satisfies this, so the store passes its event index.
 */
export interface KeyStatistics {
  frequencies(keys: readonly string[]): KeyFrequencies;
  /** Member events by id (the `EventIndex` has it): lets an event link to its closest predecessor. */
  get?(id: string): EventRecord | null;
}

/**
 * Latest member events of a candidate story an event is also compared with: a follow-up
 * often resembles the last development more than the whole story. On Timeline17, 8 added
 * about 0.007 BCubed F1 over none in a sweep, 16 nothing more; a member must clear the full
 * `STORY_THRESHOLD` (when it only had to clear the established bar, 16 chained two topics).
 */
const MEMBER_EVENTS = 8;

/**
 * Links an event into the best matching story above the threshold, or founds a story.
 * An event already in a story stays there (story ids and memberships never move); its
 * story's dates are extended. Every join records why.
 */
export function assignToStory(event: EventRecord, index: StoryIndex, statistics?: KeyStatistics): StoryAssignment {
  const existing = index.candidates([`ev:${event.id}`], 1)[0];
  if (existing) {
    const updated = extendDates(existing, event);
    // Unchanged dates leave the record and its keys as stored: rewriting them (as after
    // every relinked single-event story) was a fifth of the stories stage's writes.
    if (updated.firstSeen !== existing.firstSeen || updated.lastSeen !== existing.lastSeen) index.put(updated, storyKeys(updated));
    return { storyId: existing.id, created: false, score: 1, why: ['already in story'] };
  }
  const best = bestStory(event, index.candidates(storyQueryKeys(event), STORY_CANDIDATE_LIMIT), statistics);
  if (best !== null && best.margin >= 0) {
    const updated = joinStory(best.story, event);
    index.put(updated, storyKeys(updated));
    return { storyId: updated.id, created: false, score: best.score, why: best.why };
  }
  const founded = foundStory(event);
  index.put(founded, storyKeys(founded));
  const why = best === null ? ['new story: no candidate'] : [`new story: best candidate ${best.story.id} scored ${best.score}`];
  return { storyId: founded.id, created: true, score: best?.score ?? 0, why };
}

/**
 * An event alone in its story is judged again as it grows: the first report of a
 * happening often says too little to link it, later ones say more. When it now fits
 * another story above the threshold, it moves there and its own story is removed — a
 * merge the caller records. Otherwise its story is refreshed from the grown event (same id).
 * Stories with several events never move: their ids stay stable.
 */
export function relinkSingleton(event: EventRecord, index: StoryIndex, statistics?: KeyStatistics): { readonly storyId: string; readonly mergedFrom: string; readonly score: number; readonly why: readonly string[] } | null {
  const current = index.candidates([`ev:${event.id}`], 1)[0];
  if (!current || current.eventIds.length !== 1 || current.eventIds[0] !== event.id) return null;
  const others = index.candidates(storyQueryKeys(event), STORY_CANDIDATE_LIMIT + 1).filter((s) => s.id !== current.id);
  const best = bestStory(event, others, statistics);
  if (best === null || best.margin < 0) {
    const refreshed = foundStory(event);
    index.put(refreshed, storyKeys(refreshed));
    return null;
  }
  index.remove(current.id);
  const updated = joinStory(best.story, event);
  index.put(updated, storyKeys(updated));
  return { storyId: updated.id, mergedFrom: current.id, score: best.score, why: best.why };
}

function bestStory(event: EventRecord, candidates: readonly StoryRecord[], statistics?: KeyStatistics): Scored | null {
  // A member event sharing no key with the event scores 0 (its profile keeps a subset of its
  // keys), and 0 never clears the full bar by more than the story itself clears its own
  // (a margin is at least -STORY_THRESHOLD): such members are skipped unweighed.
  const members = new Map<string, { readonly id: string; readonly profile: StoryRecord }[]>();
  for (const story of candidates) {
    const sharing = latestMembers(story, event, statistics).filter((member) => sharesKey(event, member));
    members.set(story.id, sharing.map((member) => ({ id: member.id, profile: memberProfile(member) })));
  }
  const records = [...candidates, ...[...members.values()].flat().map((m) => m.profile)];
  const score = storyScorer(event, statistics ? idfFrom(statistics.frequencies(weightKeys(event, records))) : undefined);
  let best: (Omit<Scored, 'why'> & { readonly explained: StoryRecord; readonly closest: string | null }) | null = null;
  for (const story of candidates) {
    const whole = score(story);
    let scored = { story, score: whole, margin: whole - thresholdFor(story), explained: story, closest: null as string | null };
    for (const { id, profile } of members.get(story.id) ?? []) {
      // One member event is a narrower profile than the story: it must clear the full bar.
      const closest = score(profile);
      if (closest - STORY_THRESHOLD > scored.margin) {
        scored = { story, score: closest, margin: closest - STORY_THRESHOLD, explained: profile, closest: id };
      }
    }
    if (best === null || scored.margin > best.margin || (scored.margin === best.margin && story.id < best.story.id)) best = scored;
  }
  if (best === null) return null;
  // Only the winner's reasons are recorded, so only the winner is explained.
  const why = explainStory(event, best.explained);
  return { story: best.story, score: best.score, margin: best.margin, why: best.closest ? [`closest event ${best.closest}`, ...why] : why };
}

/** A candidate story's score, and how far it clears the bar that applies to it (≥ 0 joins). */
interface Scored {
  readonly story: StoryRecord;
  readonly score: number;
  readonly margin: number;
  readonly why: readonly string[];
}

function latestMembers(story: StoryRecord, event: EventRecord, statistics?: KeyStatistics): EventRecord[] {
  const get = statistics?.get?.bind(statistics);
  if (!get) return [];
  return story.eventIds.filter((id) => id !== event.id).slice(-MEMBER_EVENTS).map((id) => get(id)).filter((e): e is EventRecord => e !== null);
}

/**
 * Keys whose IDF a score reads: the event's, and those of each record's terms (entities)
 * when they share a term (entity) with the event. A side sharing none scores 0 before its
 * norm is taken, so its other keys' IDF is never read; asking only for the keys read
 * (values are per key, so the same) halved the lookups.
 */
function weightKeys(event: EventRecord, records: readonly StoryRecord[]): string[] {
  const keys = new Set<string>();
  const add = (prefix: string, weights: Weights): void => {
    for (const key of entriesOf(weights).keys) keys.add(prefix + key);
  };
  add('t:', event.termWeights);
  add('e:', event.entityWeights);
  for (const record of records) {
    if (sharesOwnKey(event.termWeights, record.termWeights)) add('t:', record.termWeights);
    if (sharesOwnKey(event.entityWeights, record.entityWeights)) add('e:', record.entityWeights);
  }
  return [...keys];
}

function sharesKey(event: EventRecord, member: EventRecord): boolean {
  return sharesOwnKey(event.termWeights, member.termWeights) || sharesOwnKey(event.entityWeights, member.entityWeights);
}

function sharesOwnKey(a: Weights, b: Weights): boolean {
  for (const key in a) if (Object.hasOwn(b, key)) return true;
  return false;
}
