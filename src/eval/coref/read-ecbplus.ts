import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEcbPlusXml, type EcbToken } from './parse-ecbplus-xml.js';

/** The standard ECB+ split of topics 1–35 (Cybulska & Vossen 2015; Barhom et al. 2019). */
export const DEV_TOPICS: readonly number[] = [2, 5, 12, 18, 21, 23, 34, 35];
export const TRAIN_TOPICS: readonly number[] = Array.from({ length: 35 }, (_, i) => i + 1).filter((t) => !DEV_TOPICS.includes(t));

export type GoldMentionKind = 'event' | 'entity';

/** A gold mention in a scored sentence, with its gold chain. */
export interface GoldMention {
  /** `<document>:<markable id>`, unique in the corpus. */
  readonly id: string;
  readonly doc: string;
  readonly tag: string;
  readonly kind: GoldMentionKind;
  readonly sentence: number;
  /** Positions of the mention's tokens in its sentence (ascending, may be discontinuous). */
  readonly tokens: readonly number[];
  readonly text: string;
  /** Cross-document instance id; an intra-document chain id; or a singleton id. */
  readonly chain: string;
}

export interface EcbDocument {
  /** File name without `.xml`: `12_3ecbplus`. */
  readonly name: string;
  readonly topic: number;
  /** `ecb` and `ecbplus` documents of one topic describe two different seminal events. */
  readonly subtopic: string;
  /** Every sentence of the document, as token strings, indexed by sentence number. */
  readonly sentences: ReadonlyMap<number, readonly string[]>;
  /** Sentence numbers whose mentions are annotated and scored. */
  readonly scored: ReadonlySet<number>;
  readonly mentions: readonly GoldMention[];
}

/** Event mentions are actions (ACTION_*, NEG_ACTION_*); the rest are entities. */
export function mentionKind(tag: string): GoldMentionKind | null {
  if (/^(NEG_)?ACTION/.test(tag)) return 'event';
  if (/^(HUMAN_PART|NON_HUMAN_PART|LOC|TIME)/.test(tag)) return 'entity';
  return null;
}

/** `ECBplus_coreference_sentences.csv`: document name → scored sentence numbers. */
export function readScoredSentences(csv: string): Map<string, Set<number>> {
  const scored = new Map<string, Set<number>>();
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const [topic, file, sentence] = line.split(',');
    if (!topic || !file || sentence === undefined || sentence === '') continue;
    const name = `${topic.trim()}_${file.trim()}`;
    const set = scored.get(name) ?? new Set<number>();
    set.add(Number(sentence));
    scored.set(name, set);
  }
  return scored;
}

/**
 * Reads one document's gold mentions as the literature does (Barhom et al. 2019, the
 * Cybulska setup): mentions of scored sentences only; the chain is the cross-document
 * instance, else the intra-document chain, else the mention alone (a singleton).
 */
export function readEcbDocument(name: string, xml: string, scored: ReadonlySet<number>): EcbDocument {
  const parsed = parseEcbPlusXml(xml);
  const byId = new Map<number, EcbToken>(parsed.tokens.map((t) => [t.id, t]));
  const chainOf = new Map<string, string>();
  for (const relation of parsed.relations) {
    const chain = relation.kind === 'cross' ? relation.chain : `${name}:${relation.chain}`;
    for (const source of relation.sources) if (!chainOf.has(source)) chainOf.set(source, chain);
  }
  const mentions: GoldMention[] = [];
  for (const markable of parsed.markables) {
    const kind = mentionKind(markable.tag);
    const anchors = markable.tokenIds.map((id) => byId.get(id)).filter((t): t is EcbToken => t !== undefined);
    const first = anchors[0];
    if (!kind || !first || !scored.has(first.sentence)) continue;
    const inSentence = [...new Set(anchors.filter((t) => t.sentence === first.sentence).map((t) => t.index))].sort((a, b) => a - b);
    const id = `${name}:${markable.markableId}`;
    const words = new Map(anchors.map((t) => [t.index, t.text]));
    mentions.push({
      id, doc: name, tag: markable.tag, kind, sentence: first.sentence, tokens: inSentence,
      text: inSentence.map((i) => words.get(i) ?? '').join(' '),
      chain: chainOf.get(markable.markableId) ?? `${id}:singleton`,
    });
  }
  const sentences = new Map<number, string[]>();
  for (const t of parsed.tokens) {
    const list = sentences.get(t.sentence) ?? [];
    list[t.index] = t.text;
    sentences.set(t.sentence, list);
  }
  const [topic = '0', rest = ''] = name.split('_');
  return { name, topic: Number(topic), subtopic: `${topic}${rest.endsWith('ecbplus') ? 'ecbplus' : 'ecb'}`, sentences, scored, mentions };
}

/** Reads the documents of the given topics from an ECB+ folder (`topics/<n>/*.xml`), sorted by name. */
export function readEcbPlus(corpusDir: string, topics: readonly number[]): EcbDocument[] {
  const scored = readScoredSentences(readFileSync(join(corpusDir, 'ECBplus_coreference_sentences.csv'), 'utf8'));
  const documents: EcbDocument[] = [];
  for (const topic of [...topics].sort((a, b) => a - b)) {
    const folder = join(corpusDir, 'topics', String(topic));
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.xml')).sort()) {
      const name = file.replace(/\.xml$/, '');
      documents.push(readEcbDocument(name, readFileSync(join(folder, file), 'utf8'), scored.get(name) ?? new Set()));
    }
  }
  return documents;
}

/** The coarse entity class of an ECB+ tag (for the resolver's class agreement). */
export function entityClassOf(tag: string): 'person' | 'organisation' | 'thing' | 'place' | 'time' | undefined {
  if (/^HUMAN_PART_(PER|GENERIC)$/.test(tag) || tag === 'HUMAN_PART') return 'person';
  if (/^HUMAN_PART_(ORG|GPE)$/.test(tag)) return 'organisation';
  if (/^(HUMAN_PART|NON_HUMAN_PART)/.test(tag)) return 'thing';
  if (tag.startsWith('LOC')) return 'place';
  if (tag.startsWith('TIME')) return 'time';
  return undefined;
}
