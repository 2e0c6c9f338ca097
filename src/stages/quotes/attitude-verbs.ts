/**
 * Verbs of attitude, belief, perception and intention: PolNeAR annotates them as cues
 * like verbs of saying ("Hale criticized the plan", "Hale wants to run", "Hale called the
 * bill a farce"), with the object or complement as content. Written by us, data only; the
 * verbs were chosen from the cue words most frequent on PolNeAR *train* that are not verbs
 * of saying, and completed with their synonyms.
 *
 * Each entry is `lemma` or `lemma:past:participle` for irregular verbs; `+particle` lists
 * particles kept in the cue ("called for", "pointed out"), `!` marks verbs that are a
 * cue only with one of their particles ("referred" alone is not), and `~` marks verbs
 * whose bare and -s forms are mostly nouns ("the order", "protests"), so only their -ed
 * and -ing forms are read.
 */
const ENTRIES = `
  call+for+on describe accuse endorse criticize criticise defend cite support praise propose
  oppose seek:sought:sought offer question dismiss blame reject attack blast slam denounce mock
  back urge want hope fear know:knew:known see:saw:seen expect refuse decline feel:felt:felt
  prefer consider favor favour reiterate identify assert thank mention decry charge compare
  portray highlight tout welcome challenge condemn request demand threaten imply recommend
  assail invoke applaud downplay bemoan credit discuss reveal understand:understood:understood
  realize realise doubt wonder guess encourage echo repeat pledge vow hint+at lament slam
  refer!+to point!+to+out talk!+about speak!+about:spoke:spoken focus!+on rail!+against
  side!+with agree+with warn+of vote!+for+against lash!+out worry!+about push+for
  blast castigate fault deride ridicule chide scold rebuke lambaste hail commend celebrate
  regret acknowledge insist emphasize emphasise stress promise concede
  predict confess maintain observe reflect!+on conflate expose chant shout yell announce
  suggest ask report declare confirm reveal describe characterize characterise label dub
  brand~ term~ portray paint~ frame~ view~ regard deem suspect assume anticipate forecast
  caution advise beg plead implore invite instruct order~ guarantee swear:swore:sworn allege
  congratulate apologize!+for apologise!+for complain+about brag+about boast+of joke+about
  celebrate mourn decide choose:chose:chosen opt!+for embrace accept approve+of
  disapprove+of champion advocate+for resist protest~ boycott campaign!+for+against
  lobby!+for downplay tout trumpet predict acknowledge recognize recognise remind assure
  insinuate intimate~ signal~ vow pledge concede estimate plan~ love~ hate~ like~ enjoy admire
  express voice~ learn convince persuade promote approve attribute liken detail~ outline~
  unveil weigh!+in avoid balk!+at rebuff rebut speculate opine elaborate!+on clarify affirm
  reaffirm proclaim allude!+to brush!+off single!+out shrug!+off contradict contemplate
  envision foresee imagine interpret coin~ tease retweet email~ quote~ project~ knock~ rip~
  rule!+out nominate appoint
`;

/** Verbs whose -s/-ed/-ing forms double the final consonant. */
const DOUBLING = new Set(['slam', 'regret', 'refer']);

function inflect(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const double = DOUBLING.has(lemma) ? lemma + lemma.slice(-1) : stem;
  const third = /(?:s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const past = /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : lemma.endsWith('e') ? `${lemma}d` : `${double}ed`;
  const ing = /ee$/.test(lemma) ? `${lemma}ing` : `${double}ing`;
  return [lemma, third, past, ing];
}

export interface AttitudeVerb {
  readonly lemma: string;
  readonly particles: readonly string[];
  /** A cue only together with one of its particles. */
  readonly needsParticle: boolean;
}

function build(): ReadonlyMap<string, AttitudeVerb> {
  const forms = new Map<string, AttitudeVerb>();
  for (const entry of ENTRIES.split(/\s+/).filter(Boolean)) {
    const [head = '', ...particles] = entry.split('+');
    const [word = '', past, participle] = head.replace(/[!~]/g, '').split(':');
    const verb: AttitudeVerb = { lemma: word, particles, needsParticle: head.includes('!') };
    const all = inflect(word);
    if (head.includes('~')) all.splice(0, 2, '', '');
    if (past) all.splice(2, 1, past);
    if (participle) all.push(participle);
    for (const form of all) if (form && !forms.has(form)) forms.set(form, verb);
  }
  return forms;
}

/** Every inflected form → its verb. */
export const ATTITUDE_VERBS: ReadonlyMap<string, AttitudeVerb> = build();
