import type { EntityType } from '../../core/model.js';
import { isCommonWord } from './common-words.js';

/** What the words around a name say about its type, and how strongly. */
export interface TypeEvidence {
  readonly type: EntityType;
  readonly weight: number;
}

/**
 * Weights: 3 = as good as a list (a dateline, "the X government"); 2 = usually right
 * ("near X", "shares of X"); 1 = a lean ("from X", "X said"). A mention with no evidence
 * votes with weight 0.5 (see `NO_EVIDENCE`). Chosen by reading the demo corpus and our own
 * fixtures: one strong cue should outvote two bare uses of the name.
 */
export const NO_EVIDENCE = 0.5;

interface Cue {
  readonly type: EntityType;
  readonly weight: number;
  /** Tested against the text just before the name (ends at the name). */
  readonly before?: RegExp;
  /** Tested against the text just after the name (starts at the name's end). */
  readonly after?: RegExp;
}

const CUES: readonly Cue[] = [
  // Places.
  { type: 'place', weight: 3, after: /^['’]s\s+(?:prime minister|president|capital|foreign minister|government|parliament|border|borders|coast|coastline|territory|economy|army|armed forces|interior minister|embassy|ambassador|largest city|second city)\b/i },
  { type: 'place', weight: 3, before: /\bthe\s+$/i, after: /^\s+(?:government|authorities|capital|embassy|border|coastguard|coast guard|parliament|armed forces|army|navy)\b/i },
  { type: 'place', weight: 3, before: /\b(?:city|town|village|port|capital|province|region|republic|island|county|district|state|kingdom|federation|municipality|suburb|neighbourhood|neighborhood|outskirts)\s+of\s+$/i },
  { type: 'place', weight: 3, after: /^-(?:based|born|flagged|registered|bound)\b/i },
  { type: 'place', weight: 2, before: /\b(?:in|near|outside|across|throughout|inside|around|towards?|into|via|visit(?:ed|ing|s)?|(?:arrived|landed|travelled|traveled|flew|fled) (?:in|to|from))\s+(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|rural|coastal|downtown)\s+)?$/i },
  { type: 'place', weight: 1, before: /(?<!according\s)\b(?:from|to)\s+$/i },
  // Organisations.
  // People issue statements too, so this one is a 2.
  { type: 'organisation', weight: 2, after: /^\s+said\s+in\s+a\s+(?:\w+\s+)?statement\b/i },
  { type: 'organisation', weight: 3, before: /\b(?:shares|stock|shareholders|employees|staff|customers|users|chief executive|ceo|founder|spokesman|spokeswoman|spokesperson|board)\s+(?:of|in|at)\s+$/i },
  { type: 'organisation', weight: 3, after: /^['’]s\s+(?:chief executive|ceo|chief financial officer|shares|stock|share price|shareholders|board|founders?|employees|staff|customers|users|app|products|spokes(?:man|woman|person)|lawyers?|security team|engineers?|headquarters)\b/i },
  { type: 'organisation', weight: 2, before: /\b(?:the\s+\w+\s+)?(?:firm|company|contractor|group|bank|insurer|startup|start-up|manufacturer|retailer|carrier|airline|agency|publisher|newspaper|broadcaster)\s+$/i },
  { type: 'organisation', weight: 2, before: /\b(?:worked|works|working|employed|engineer|executive|manager|director|analyst|reporter|editor)\s+(?:at|for)\s+$/i },
  // People.
  { type: 'person', weight: 3, before: /\b(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+$/ },
  { type: 'person', weight: 3, after: /^,\s+(?:\d{1,3},|who\s+(?:is|was)\s+(?:\w+\s+)?(?:years?\s+old|aged))/ },
  { type: 'person', weight: 2, after: /^,\s+(?:his|her)\s+/i },
  { type: 'person', weight: 2, before: /\b(?:(?:site|chief|senior|former)\s+)?(?:engineer|lawyer|attorney|economist|columnist|reporter|spokesman|spokeswoman|analyst|professor|doctor|nurse|investigator|councillor|plaintiff|resident|widow|widower|colleague|wife|husband|son|daughter|mother|father|brother|sister)\s+$/i },
  // The next sentence goes on with "He"/"She": the name was probably theirs.
  { type: 'person', weight: 1, after: /^[^.!?]{0,60}[.!?]["”’]?\s+(?:He|She)\s/ },
  { type: 'person', weight: 1, after: /^\s+(?:said|says|told|added|warned|argued|insisted|wrote|replied|explained)\b(?!\s+in\s+a\s+(?:\w+\s+)?statement)/i },
];

/** How far either side of a name the cues look. */
const WINDOW = 48;

/**
 * The strongest cue around one name in `text` (the article's clean text), or null. A
 * dateline is checked separately (see `datelineEvidence`).
 */
export function contextEvidence(text: string, start: number, end: number): TypeEvidence | null {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  const after = text.slice(end, end + WINDOW);
  let best: TypeEvidence | null = null;
  for (const cue of CUES) {
    if (cue.before && !cue.before.test(before)) continue;
    if (cue.after && !cue.after.test(after)) continue;
    if (!best || cue.weight > best.weight) best = { type: cue.type, weight: cue.weight };
  }
  return best;
}

/**
 * What closes a dateline: a dash ("HARLOW —"), a date ("HARLOW 2024-05-02", "HARLOW, May 2")
 * or a bracketed outlet before a dash ("HARLOW (Coastwire) —").
 */
const DATELINE_END = /\s[—–-]{1,2}\s|\s\d{4}-\d\d-\d\d\b|[\s,](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}\b/;

/**
 * Datelines open a report with where it was filed: "HARLOW, Eastland, May 2 (Wire) —",
 * "HARLOW —" or "HARLOW 2024-05-02". A name that starts a line and is followed by a comma,
 * a dash or a date, with the dateline closed within the line's first 80 characters and no
 * lower-case word before that, is a place; so is a name right after the first comma.
 */
export function datelineEvidence(text: string, start: number, end: number): TypeEvidence | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lead = text.slice(lineStart, start);
  const line = text.slice(lineStart, lineStart + 120);
  const close = DATELINE_END.exec(line);
  if (!close || close.index > 80 || close.index < end - lineStart) return null;
  // A dateline holds only names, dates and a bracketed outlet: no lower-case word.
  if (/(?:^|\s)\p{Ll}/u.test(line.slice(0, close.index).replace(/\([^)]*\)/g, ''))) return null;
  // "SOCCER - ITALY WIN": a section slug, not a dateline; a dateline's dash leads into prose.
  if (/[—–-]/.test(close[0]) && !/\p{Ll}/u.test(line.slice(close.index + close[0].length, close.index + 60))) return null;
  if (isCommonWord(text.slice(start, end))) return null;
  const after = text.slice(end, end + 40);
  const follows = /^(?:\s*,|\s[—–-]|\s\d{4}-|\s\([^)]*\)\s*[—–-])/.test(after);
  if (lead.trim() === '' && follows) return { type: 'place', weight: 3 };
  // The second part of "HARLOW, Eastland, …": one comma before it, all of the line so far a name.
  if (/^[\p{Lu}][\p{L}’'.\- ]*,\s+$/u.test(lead) && /^\s*[,—–-]|^[\s,]+\p{Lu}\p{Ll}+\.?\s\d/u.test(after)) return { type: 'place', weight: 3 };
  return null;
}
