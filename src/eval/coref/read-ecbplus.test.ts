import { describe, expect, it } from 'vitest';
import { entityClassOf, mentionKind, readEcbDocument, readScoredSentences } from './read-ecbplus.js';

// A fictional document in the ECB+ export format: sentence 0 is scored, sentence 1 is not.
const XML = `<?xml version="1.0" encoding="UTF-8"?>
<Document doc_name="9_1ecb.xml" doc_id="DOC1">
<token t_id="1" sentence="0" number="0">Mayor</token>
<token t_id="2" sentence="0" number="1">Ada</token>
<token t_id="3" sentence="0" number="2">Brill</token>
<token t_id="4" sentence="0" number="3">opened</token>
<token t_id="5" sentence="0" number="4">the</token>
<token t_id="6" sentence="0" number="5">bridge</token>
<token t_id="7" sentence="0" number="6">&amp;</token>
<token t_id="8" sentence="0" number="7">she</token>
<token t_id="9" sentence="0" number="8">smiled</token>
<token t_id="10" sentence="1" number="0">Brill</token>
<token t_id="11" sentence="1" number="1">left</token>
<Markables>
<HUMAN_PART_PER m_id="1"  ><token_anchor t_id="2"/><token_anchor t_id="3"/></HUMAN_PART_PER>
<HUMAN_PART_PER m_id="2"  ><token_anchor t_id="8"/></HUMAN_PART_PER>
<ACTION_OCCURRENCE m_id="3"  ><token_anchor t_id="4"/></ACTION_OCCURRENCE>
<NON_HUMAN_PART m_id="4"  ><token_anchor t_id="5"/><token_anchor t_id="6"/></NON_HUMAN_PART>
<ACTION_OCCURRENCE m_id="5"  ><token_anchor t_id="9"/></ACTION_OCCURRENCE>
<HUMAN_PART_PER m_id="6"  ><token_anchor t_id="10"/></HUMAN_PART_PER>
<HUMAN_PART_PER m_id="7" RELATED_TO="" TAG_DESCRIPTOR="t9_brill" instance_id="HUM100" />
<ACTION_OCCURRENCE m_id="8" RELATED_TO="" TAG_DESCRIPTOR="t9_opening" instance_id="ACT200" />
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="11" note="HUM100" ><source m_id="1" /><source m_id="6" /><target m_id="7" /></CROSS_DOC_COREF>
<CROSS_DOC_COREF r_id="12" note="ACT200" ><source m_id="3" /><target m_id="8" /></CROSS_DOC_COREF>
<INTRA_DOC_COREF r_id="13" ><source m_id="2" /><target m_id="9" /></INTRA_DOC_COREF>
</Relations>
</Document>`;

describe('readScoredSentences', () => {
  it('maps topic_file to its sentence numbers', () => {
    const scored = readScoredSentences('Topic,File,Sentence Number\n9,1ecb,0\n9,1ecb,4\n9,2ecbplus,1\n');
    expect([...(scored.get('9_1ecb') ?? [])]).toEqual([0, 4]);
    expect([...(scored.get('9_2ecbplus') ?? [])]).toEqual([1]);
  });
});

describe('readEcbDocument', () => {
  const doc = readEcbDocument('9_1ecb', XML, new Set([0]));

  it('keeps mentions of scored sentences only, not instance descriptors', () => {
    expect(doc.mentions.map((m) => m.id)).toEqual(['9_1ecb:1', '9_1ecb:2', '9_1ecb:3', '9_1ecb:4', '9_1ecb:5']);
  });

  it('gives cross-document instance ids, intra-document chains and singletons', () => {
    const chain = Object.fromEntries(doc.mentions.map((m) => [m.id, m.chain]));
    expect(chain['9_1ecb:1']).toBe('HUM100');
    expect(chain['9_1ecb:3']).toBe('ACT200');
    expect(chain['9_1ecb:2']).toBe('9_1ecb:intra-13');
    expect(chain['9_1ecb:5']).toBe('9_1ecb:5:singleton');
  });

  it('reads spans, text, kinds and the sub-topic', () => {
    const brill = doc.mentions[0];
    expect(brill).toMatchObject({ sentence: 0, tokens: [1, 2], text: 'Ada Brill', kind: 'entity', tag: 'HUMAN_PART_PER' });
    expect(doc.mentions[2]?.kind).toBe('event');
    expect(doc.sentences.get(0)?.[6]).toBe('&');
    expect([doc.topic, doc.subtopic]).toEqual([9, '9ecb']);
  });
});

describe('tags', () => {
  it('splits events from entities and coarsens entity classes', () => {
    expect(['NEG_ACTION_STATE', 'ACTION_REPORTING', 'TIME_DATE', 'UNKNOWN_INSTANCE_TAG'].map(mentionKind)).toEqual(['event', 'event', 'entity', null]);
    expect(['HUMAN_PART_PER', 'HUMAN_PART_ORG', 'NON_HUMAN_PART', 'LOC_GEO', 'TIME_OF_THE_DAY'].map(entityClassOf)).toEqual(['person', 'organisation', 'thing', 'place', 'time']);
  });
});
