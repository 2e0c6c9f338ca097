import { Parser } from 'htmlparser2';

/** One token of an ECB+ document: `sentence` and `index` are as numbered in the file. */
export interface EcbToken {
  readonly id: number;
  readonly sentence: number;
  readonly index: number;
  readonly text: string;
}

/** A markable with token anchors: one annotated mention (its tag says what kind). */
export interface EcbMarkable {
  readonly markableId: string;
  readonly tag: string;
  readonly tokenIds: readonly number[];
}

/** A coreference relation: source mentions linked to one target instance. */
export interface EcbRelation {
  readonly kind: 'cross' | 'intra';
  /** The instance id (`note`) of a cross-document chain, or the relation id of an intra one. */
  readonly chain: string;
  readonly sources: readonly string[];
}

export interface EcbXml {
  readonly tokens: readonly EcbToken[];
  readonly markables: readonly EcbMarkable[];
  readonly relations: readonly EcbRelation[];
}

const RELATION_TAGS: Readonly<Record<string, EcbRelation['kind']>> = { CROSS_DOC_COREF: 'cross', INTRA_DOC_COREF: 'intra' };

/**
 * Reads one ECB+ XML file (the CAT/CROMER export): tokens, mention markables (those with
 * token anchors; markables carrying a TAG_DESCRIPTOR are instance descriptions, not
 * mentions) and coreference relations.
 */
export function parseEcbPlusXml(xml: string): EcbXml {
  const tokens: EcbToken[] = [];
  const markables: { markableId: string; tag: string; tokenIds: number[] }[] = [];
  const relations: { kind: EcbRelation['kind']; chain: string; sources: string[] }[] = [];
  let section: 'none' | 'markables' | 'relations' = 'none';
  let token: { id: number; sentence: number; index: number; text: string } | null = null;
  let markable: (typeof markables)[number] | null = null;
  let relation: (typeof relations)[number] | null = null;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'Markables') section = 'markables';
        else if (name === 'Relations') section = 'relations';
        else if (name === 'token') {
          token = { id: Number(attrs['t_id']), sentence: Number(attrs['sentence']), index: Number(attrs['number']), text: '' };
        } else if (section === 'markables' && name === 'token_anchor') {
          markable?.tokenIds.push(Number(attrs['t_id']));
        } else if (section === 'markables' && attrs['m_id'] !== undefined && attrs['TAG_DESCRIPTOR'] === undefined) {
          markable = { markableId: attrs['m_id'], tag: name, tokenIds: [] };
          markables.push(markable);
        } else if (section === 'relations' && RELATION_TAGS[name]) {
          const kind = RELATION_TAGS[name];
          relation = { kind, chain: kind === 'cross' ? (attrs['note'] ?? '') : `intra-${attrs['r_id'] ?? ''}`, sources: [] };
          relations.push(relation);
        } else if (relation && name === 'source' && attrs['m_id'] !== undefined) {
          relation.sources.push(attrs['m_id']);
        }
      },
      ontext(text) {
        if (token) token.text += text;
      },
      onclosetag(name) {
        if (name === 'token' && token) {
          tokens.push({ ...token, text: token.text.trim() });
          token = null;
        } else if (section === 'markables' && markable && name === markable.tag) markable = null;
        else if (RELATION_TAGS[name]) relation = null;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return { tokens, markables, relations };
}
