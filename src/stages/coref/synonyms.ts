import { lemmaOf } from './head-lemma.js';

/**
 * Words news reports use interchangeably for one event or one thing, each group folded to
 * its first member. Written by us from general English usage (WordNet-style synsets and
 * noun/verb derivations), not from any corpus document; groups are kept narrow because a
 * fold merges every mention that shares it within a document group.
 */
const EVENT_GROUPS: readonly string[] = [
  'kill murder slay slaying assassinate assassination homicide',
  'die death dead pass_away perish fatal',
  'earthquake quake temblor tremor',
  'win victory triumph beat defeat',
  'fire blaze burn',
  'arrest detain detention apprehend',
  'injure injury wound hurt',
  'release issue launch unveil',
  'escape flee',
  'robbery rob heist raid holdup',
  'attack assault',
  'shoot shooting gunfire',
  'announce announcement',
  'resign resignation quit step_down',
  'appoint appointment nominate nomination',
  'acquire acquisition buy purchase takeover',
  'sentence sentencing',
  'charge accuse indict indictment',
  'enter admit check',
  'negotiate negotiation talks',
  'crash collision collide',
  'explode explosion blast',
  'evacuate evacuation',
  'sink sinking',
  'hijack hijacking seize seizure',
  'rescue save',
  'sack dismiss dismissal oust',
  'cut sever',
  'place put',
  'find discover discovery',
  'fix plug',
];

const ENTITY_GROUPS: readonly string[] = [
  'facility center centre clinic rehab',
  'flaw vulnerability hole bug loophole',
  'patch update fix',
  'shop store boutique',
  'jewelry jewellery jewel',
  'company firm',
  'team club squad',
  'police officer cop policeman policewoman',
  'robber thief burglar',
  'prison jail penitentiary',
  'quake earthquake temblor',
  'boat ship vessel',
  'plane aircraft jet airliner',
  'car vehicle',
  'body corpse remains',
  'mother mom mum',
  'sister sis',
  'child kid',
  'teenager teen boy youth',
  'lawyer attorney',
  'spokesman spokeswoman spokesperson representative rep publicist',
  'inmate prisoner convict',
  'protester protestor demonstrator',
  'hacker attacker',
  'user customer',
  'rule regulation',
  'phone telephone',
  'plant factory',
  'actress star starlet',
  'photo photograph picture',
  'loot booty haul',
  'money cash',
];

function fold(groups: readonly string[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const group of groups) {
    const words = group.split(' ').map((w) => lemmaOf(w.replace(/_/g, ' ')));
    for (const w of words) if (!map.has(w)) map.set(w, words[0] ?? w);
  }
  return map;
}

const EVENT_FOLD = fold(EVENT_GROUPS);
const ENTITY_FOLD = fold(ENTITY_GROUPS);

/** The lemma a mention head is matched by: its synonym group's first member, or itself. */
export function matchLemma(lemma: string, kind: 'event' | 'entity'): string {
  return (kind === 'event' ? EVENT_FOLD : ENTITY_FOLD).get(lemma) ?? lemma;
}
