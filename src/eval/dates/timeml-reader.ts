import { readFileSync } from 'node:fs';

/** One gold TIMEX3: its span in the plain text of the document's TEXT section. */
export interface GoldTimex {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: string;
  readonly value: string;
}

export interface TimemlDocument {
  readonly id: string;
  /** The TEXT section with every tag removed and entities decoded. */
  readonly text: string;
  /** The document creation time value (`functionInDocument="CREATION_TIME"`), or null. */
  readonly dct: string | null;
  readonly timexes: readonly GoldTimex[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attribute(tag: string, name: string): string | null {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

/**
 * Reads a TimeML (`.tml`) file. Scored text is the TEXT element, as in TempEval-3; the DCT
 * is read from anywhere in the file and is not part of the gold set.
 */
export function parseTimeml(xml: string, id: string): TimemlDocument {
  const dctTag = /<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0];
  const dct = dctTag ? attribute(dctTag, 'value') : null;
  const open = xml.indexOf('<TEXT>');
  const close = xml.lastIndexOf('</TEXT>');
  const body = open >= 0 && close > open ? xml.slice(open + '<TEXT>'.length, close) : '';
  return { id, dct, ...stripTags(body) };
}

/** Removes tags and decodes entities, keeping the offsets of TIMEX3 spans in the plain text. */
function stripTags(body: string): { text: string; timexes: GoldTimex[] } {
  let text = '';
  const timexes: GoldTimex[] = [];
  let openTimex: { start: number; tag: string } | null = null;
  let i = 0;
  while (i < body.length) {
    const ch = body[i] ?? '';
    if (ch === '<') {
      const end = body.indexOf('>', i);
      if (end < 0) break;
      const tag = body.slice(i, end + 1);
      if (/^<TIMEX3\b/.test(tag) && !tag.endsWith('/>')) openTimex = { start: text.length, tag };
      else if (tag === '</TIMEX3>' && openTimex) {
        const type = attribute(openTimex.tag, 'type') ?? '';
        const value = attribute(openTimex.tag, 'value') ?? '';
        if (attribute(openTimex.tag, 'functionInDocument') !== 'CREATION_TIME') {
          timexes.push({ start: openTimex.start, end: text.length, text: text.slice(openTimex.start, text.length), type, value });
        }
        openTimex = null;
      }
      i = end + 1;
    } else if (ch === '&') {
      const entity = /^&(#x[0-9a-f]+|#\d+|\w+);/i.exec(body.slice(i, i + 12));
      const name = entity?.[1];
      if (entity && name !== undefined) {
        text += name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16))
          : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : ENTITIES[name] ?? entity[0];
        i += entity[0].length;
      } else {
        text += ch;
        i++;
      }
    } else {
      text += ch;
      i++;
    }
  }
  return { text, timexes };
}

export function readTimemlFile(path: string, id: string): TimemlDocument {
  return parseTimeml(readFileSync(path, 'utf8'), id);
}
