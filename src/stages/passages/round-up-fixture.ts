/**
 * Self-written fixtures about fictional people and places: a round-up of three unrelated
 * happenings, full reports of two of them, and a single report whose later paragraphs move
 * to other people (which must not read as a round-up).
 */
export const ROUND_UP = {
  id: 'a_roundup',
  title: 'Harbour news in brief',
  published: '2024-05-14',
  text: [
    'Dockworkers at the port of Halvik walked off the job on Monday after talks between the Halvik Dockers Union and the Norland Port Authority collapsed over pay. Union leader Mara Ostrowe said the strike would continue until the authority restored the overtime rates it cut in January.',
    'Ships queued outside the harbour mouth by the evening, and the authority said cargo would be diverted to Bresk until the dispute is settled.',
    'In Velmora, the city library reopened its restored reading room on Tuesday, three years after a fire gutted the building. Head librarian Ilse Varga welcomed the first visitors and thanked the carpenters of the Kestrel Guild, who rebuilt the oak galleries by hand.',
    'The reading room holds forty thousand volumes, many of them donated by residents after the fire destroyed the old collection.',
    'Farmers near Oskarn reported the earliest cherry blossom in a century, as a warm spring swept the valley. Meteorologist Tobias Renk of the Oskarn Weather Office said average April temperatures had been four degrees above normal, and warned that a late frost could still ruin the harvest.',
  ].join('\n\n'),
};

export const STRIKE_REPORT = {
  id: 'a_strike',
  title: 'Halvik dockworkers strike over pay',
  published: '2024-05-13',
  text: [
    'Dockworkers at Halvik port went on strike on Monday after pay talks between the Halvik Dockers Union and the Norland Port Authority broke down. Mara Ostrowe, who leads the union, said the walkout would last until the overtime rates cut in January were restored.',
    'The Norland Port Authority said it would divert cargo ships to Bresk while the strike lasts, and accused the union of refusing a fair offer.',
  ].join('\n\n'),
};

export const LIBRARY_REPORT = {
  id: 'a_library',
  title: 'Velmora library reopens three years after fire',
  published: '2024-05-14',
  text: [
    'The Velmora city library reopened its reading room on Tuesday, three years after a fire gutted the building. Head librarian Ilse Varga greeted the first visitors and praised the carpenters of the Kestrel Guild who rebuilt the oak galleries.',
    'Residents donated many of the forty thousand volumes now on the shelves, replacing the collection the fire destroyed.',
  ].join('\n\n'),
};

export const SINGLE_REPORT = {
  id: 'a_single',
  title: 'Bridge inspection finds cracks in Kestrel span',
  published: '2024-05-15',
  text: [
    'Engineers inspecting the Kestrel Harbour Bridge found cracks in two of its steel girders on Wednesday, and the city closed the bridge to lorries until repairs are made. Chief engineer Paulo Dresner said the cracks were not a danger to cars but had to be fixed before the summer.',
    'The bridge carries forty thousand vehicles a day across the harbour, and its closure to lorries will send heavy traffic through the port tunnel.',
    'Mayor Lucia Brandt said the city would pay for the repairs from its emergency fund and would ask the national government for help. Opposition councillor Henrik Sall said the inspection should have been made years ago.',
    'Repairs are expected to take six weeks, the city said, and the bridge will stay open to cars and cyclists throughout.',
  ].join('\n\n'),
};
