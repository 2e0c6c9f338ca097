import { articleFromText, fingerprintArticle } from '../fingerprint/index.js';
import type { EventFeatures } from './event-types.js';

/**
 * Self-written news-like fixtures about fictional people and places, shared by the event
 * and story tests.
 */
export interface FixtureArticle {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly published: string;
  readonly eventDate?: string;
  readonly entities: readonly string[];
  readonly places: readonly string[];
}

export function featuresOf(fixture: FixtureArticle, duplicateOf: string | null = null): EventFeatures {
  const { article, sentences } = articleFromText({ id: fixture.id, title: fixture.title, text: fixture.text, published: fixture.published });
  return {
    articleId: fixture.id,
    published: fixture.published,
    eventDate: fixture.eventDate ?? null,
    terms: fingerprintArticle(article, sentences).terms,
    entityKeys: fixture.entities,
    placeKeys: fixture.places,
    title: fixture.title,
    duplicateOf,
  };
}

// One event: a dockworkers' strike at the port of Halvik, three outlets.
export const STRIKE_HERALD: FixtureArticle = {
  id: 'a_strike_herald', published: '2024-03-04', eventDate: '2024-03-04',
  title: 'Dockworkers walk out at Halvik port',
  text: 'Dockworkers at the port of Halvik walked off the job on Monday, halting container traffic at the busiest harbour on the northern coast. The Halvik Dockworkers Union said the strike would continue until Nordline Shipping restored overtime pay that was cut in January. Union leader Mara Ostrowe told a rally outside the terminal gates that members had been patient for two months. Nordline Shipping said it regretted the strike and remained open to talks. Ships waiting to unload were anchored off the harbour mouth.',
  entities: ['mara ostrowe', 'halvik dockworkers union', 'nordline shipping'], places: ['halvik'],
};
export const STRIKE_COURIER: FixtureArticle = {
  id: 'a_strike_courier', published: '2024-03-04', eventDate: '2024-03-04',
  title: 'Halvik harbour strike strands container ships',
  text: 'Container ships queued outside Halvik on Monday after dockworkers began an open-ended strike over overtime pay. Mara Ostrowe, who leads the dockworkers union, said Nordline Shipping had broken its promises on pay. The operator of the port terminal, Nordline Shipping, called the walkout unnecessary and said talks could resume at any time. Traders warned that a long strike at the harbour would delay deliveries of fuel and grain.',
  entities: ['mara ostrowe', 'nordline shipping', 'halvik dockworkers union'], places: ['halvik'],
};
export const STRIKE_POST: FixtureArticle = {
  id: 'a_strike_post', published: '2024-03-05', eventDate: '2024-03-04',
  title: 'Strike at Halvik enters second day as talks stall',
  text: 'The dockworkers strike at the port of Halvik entered its second day on Tuesday with no talks scheduled between the union and Nordline Shipping. Mara Ostrowe said the union would not return to work without the overtime pay its members were owed. Dozens of container ships remain anchored outside the harbour. Nordline Shipping said the walkout that began on Monday was costing the port millions.',
  entities: ['mara ostrowe', 'nordline shipping', 'halvik dockworkers union'], places: ['halvik'],
};

// Same actors, two happenings months apart: calls between two leaders.
export const CALL_MARCH: FixtureArticle = {
  id: 'a_call_march', published: '2024-03-04', eventDate: '2024-03-04',
  title: 'Reyna and Temmer discuss border crossings in phone call',
  text: 'President Aldo Reyna of Castavia spoke by phone with Prime Minister Juna Temmer of Orlovia on Monday about reopening border crossings closed since the autumn. The two leaders agreed that their foreign ministers would meet to prepare a new transit agreement, the Castavian presidency said. Temmer said the call was constructive and that Orlovia wanted trade across the border to resume.',
  entities: ['aldo reyna', 'juna temmer'], places: ['castavia', 'orlovia'],
};
export const CALL_MARCH_FOLLOWUP: FixtureArticle = {
  id: 'a_call_march_2', published: '2024-03-05', eventDate: '2024-03-04',
  title: 'Castavia and Orlovia leaders agree to talks on border',
  text: 'Castavian President Aldo Reyna and Orlovian Prime Minister Juna Temmer agreed in a phone call on Monday to start talks on reopening the border crossings between the two countries. Foreign ministers from Castavia and Orlovia will meet to draft a transit agreement, officials said. Traders on both sides of the border welcomed the call.',
  entities: ['aldo reyna', 'juna temmer'], places: ['castavia', 'orlovia'],
};
export const CALL_JUNE: FixtureArticle = {
  id: 'a_call_june', published: '2024-06-12', eventDate: '2024-06-12',
  title: 'Reyna and Temmer hold second phone call on border',
  text: 'President Aldo Reyna of Castavia and Prime Minister Juna Temmer of Orlovia spoke by phone on Wednesday about the border crossings between the two countries. The two leaders discussed the transit agreement their foreign ministers have drafted, the Orlovian government said. Temmer said she hoped the border would reopen to trade before the autumn.',
  entities: ['aldo reyna', 'juna temmer'], places: ['castavia', 'orlovia'],
};

// An unrelated happening in the same week.
export const LIBRARY: FixtureArticle = {
  id: 'a_library', published: '2024-03-05', eventDate: '2024-03-05',
  title: 'Tessford library reopens after renovation',
  text: 'The public library in Tessford reopened on Tuesday after an eighteen-month renovation that added a reading garden and a children\'s wing. Librarian Petra Solvang said more than two thousand visitors came through the doors on the first morning. The renovation was paid for by a bequest from a local bookseller.',
  entities: ['petra solvang'], places: ['tessford'],
};
