/**
 * Alias table: surface keys (normalised: lower-case, no periods) folded to one canonical
 * key, with the canonical display name and type. Written by us; data only.
 *
 * `needsContext` aliases are too ambiguous alone ("IS" is also a verb in headlines): they
 * fold only when the article also mentions one of the listed keys.
 */
import type { EntityType } from '../../core/model.js';

export interface AliasEntry {
  readonly key: string;
  readonly name: string;
  readonly type: EntityType;
  readonly needsContext?: readonly string[];
}

function entry(key: string, name: string, type: EntityType, forms: readonly string[]): [string, AliasEntry][] {
  return [key, ...forms].map((form) => [form, { key, name, type }]);
}

const ISLAMIC_STATE_FORMS = ['isis', 'isil', 'daesh', 'daish', 'islamic state of iraq and syria', 'islamic state of iraq and the levant', 'islamic state group'];

export const ALIASES: ReadonlyMap<string, AliasEntry> = new Map<string, AliasEntry>([
  ...entry('islamic state', 'Islamic State', 'organisation', ISLAMIC_STATE_FORMS),
  ['is', { key: 'islamic state', name: 'Islamic State', type: 'organisation', needsContext: ['islamic state', 'syria', 'iraq'] }],
  ...entry('united states', 'United States', 'place', ['us', 'usa', 'america', 'united states of america', 'the united states']),
  ...entry('united kingdom', 'United Kingdom', 'place', ['uk', 'britain', 'great britain', 'the united kingdom']),
  ...entry('united nations', 'United Nations', 'organisation', ['un', 'the united nations', 'un security council']),
  ...entry('european union', 'European Union', 'organisation', ['eu']),
  ...entry('nato', 'NATO', 'organisation', ['north atlantic treaty organization', 'north atlantic treaty organisation']),
  ...entry('kremlin', 'the Kremlin', 'organisation', ['the kremlin']),
  ...entry('white house', 'the White House', 'organisation', ['the white house']),
  ...entry('pentagon', 'the Pentagon', 'organisation', ['the pentagon']),
  ...entry('world health organization', 'World Health Organization', 'organisation', ['who', 'world health organisation']),
  ...entry('federal bureau of investigation', 'FBI', 'organisation', ['fbi']),
  ...entry('central intelligence agency', 'CIA', 'organisation', ['cia']),
  ...entry('russia', 'Russia', 'place', ['russian federation']),
  ...entry('united arab emirates', 'United Arab Emirates', 'place', ['uae']),
  ...entry('democratic party', 'Democratic Party', 'organisation', ['democrats']),
  ...entry('republican party', 'Republican Party', 'organisation', ['republicans', 'gop']),
]);
