import type { Article, Mention, Quote } from '../../core/model.js';
import { clauseSpan } from './reported-clause.js';
import { readSpeaker } from './speaker-phrase.js';

/**
 * "Name: what they said" at the start of a block: headline attribution ("Hale: Bridge Will
 * Reopen") and interview transcripts ("HALE: We will reopen it."). Up to five capitalised
 * words before the colon; labels that are not speakers are listed below.
 */
const SPEAKER_COLON = /^\s*((?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}[\p{Lu}][\p{L}.’'-]*)\s*:\s+(?=\S)/u;
const NOT_SPEAKERS = /^(?:update|updated|editor'?s note|note|photo|photos|video|watch|read more|related|source|sources|correction|breaking|exclusive|live|analysis|opinion|comment|editorial|q|a|by|see also|also|warning|advertisement|listen|more)$/i;

export function colonQuotes(article: Article, mentions: readonly Mention[]): Quote[] {
  const { text } = article;
  const quotes: Quote[] = [];
  for (const block of article.blocks) {
    if (block.kind === 'boilerplate') continue;
    const match = SPEAKER_COLON.exec(text.slice(block.start, block.end));
    const name = match?.[1];
    if (!match || !name || NOT_SPEAKERS.test(name.trim())) continue;
    const nameStart = block.start + match[0].indexOf(name);
    const colon = text.indexOf(':', nameStart + name.length);
    const speakerSpan = { start: nameStart, end: nameStart + name.length };
    const speaker = readSpeaker(text, speakerSpan, mentions, block);
    if (!speaker) continue;
    quotes.push({
      content: clauseSpan(text, block.start + match[0].length, block.end),
      cue: { start: colon, end: colon + 1 },
      speaker: speaker.span,
      speakerName: speaker.name,
      speakerKey: speaker.key,
      kind: /[“”"‘’']/.test(text.slice(block.start + match[0].length, block.end)) ? 'mixed' : 'indirect',
      anonymous: false,
    });
  }
  return quotes;
}
