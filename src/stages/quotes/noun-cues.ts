import type { Article, Mention, Quote, Sentence, Span } from '../../core/model.js';
import { overlaps } from '../../core/text.js';
import { objectClause } from './object-clause.js';

/**
 * Nouns that report what someone said, thinks or wants, with the owner as the source: "his
 * claim that …", "Hale’s criticism of the plan", "her promise to …". Chosen from the noun cues
 * of PolNeAR *train* ("criticism", "decision", "attacks on", "warning", "suggestion" …).
 */
const REPORT_NOUNS = new Set(`
  claim claims view views criticism criticisms decision promise promises warning warnings
  suggestion call calls attack attacks support plan plans proposal argument assertion belief
  insistence contention concern concerns fear fears hope hopes vow pledge demand demands
  statement remarks comments accusation accusations allegation allegations endorsement
  opposition praise denial denials admission prediction predictions complaint complaints
  threat threats charge charges description characterization assessment insistence refusal
`.split(/\s+/).filter(Boolean));

/** "his claim", "Hale’s claim", "the council’s call": the owner and the noun, adjectives allowed between. */
const OWNED_NOUN = new RegExp(
  `\\b([Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[\\p{Lu}][\\p{L}.-]*(?:\\s[\\p{Lu}][\\p{L}.-]*){0,3}['’]s?)\\s+(?:[\\p{Ll}-]+\\s+)?(${[...REPORT_NOUNS].join('|')})\\b(?:\\s+(of|on|for|about|against)\\b)?`,
  'gu',
);

/** The person a possessive pronoun stands for: the last person named before it. */
function ownerName(owner: string, at: number, mentions: readonly Mention[]): { name: string; key: string | null } {
  if (/^(?:his|her)$/i.test(owner)) {
    const person = mentions.filter((m) => m.end <= at && m.type === 'person').pop();
    return { name: person?.name ?? owner, key: person?.key ?? null };
  }
  const named = mentions.find((m) => m.start >= at && m.end <= at + owner.length);
  return { name: named?.name ?? owner.replace(/['’]s?$/, ''), key: named?.key ?? null };
}

/** Reports carried by a noun and its owner. Cues overlapping `taken` spans are skipped. */
export function nounQuotes(article: Article, sentences: readonly Sentence[], mentions: readonly Mention[], taken: readonly Span[]): Quote[] {
  const { text } = article;
  const quotes: Quote[] = [];
  for (const sentence of sentences) {
    if (article.blocks[sentence.block]?.kind === 'boilerplate') continue;
    for (const match of text.slice(sentence.start, sentence.end).matchAll(OWNED_NOUN)) {
      const [whole, owner = '', noun = '', preposition] = match;
      // "the DNC’s" — the determiner is part of the owner, as PolNeAR marks it.
      const ownerStart = sentence.start + (match.index ?? 0);
      const nounStart = ownerStart + whole.lastIndexOf(noun, preposition ? whole.length - preposition.length - 1 : whole.length);
      const cue = { start: nounStart, end: ownerStart + whole.length };
      const speaker = { start: ownerStart, end: ownerStart + owner.length };
      // Only a clause ("claim that …", "promise to …") makes the noun a report; "support for
      // Hale" and "attacks on Hale" were right less often than wrong on PolNeAR train.
      if (preposition || !/^\s+(?:that|to)\s/.test(text.slice(cue.end, sentence.end))) continue;
      if (taken.some((span) => overlaps(span, cue))) continue;
      const content = objectClause(text, cue.end, sentence.end);
      if (!content) continue;
      const { name, key } = ownerName(owner, ownerStart, mentions);
      quotes.push({ content, cue, speaker, speakerName: name, speakerKey: key, kind: /[“”"]/.test(text.slice(content.start, content.end)) ? 'mixed' : 'indirect', anonymous: false });
    }
  }
  return quotes;
}
