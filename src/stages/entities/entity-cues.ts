/**
 * Word lists that type a capitalised name: titles before person names, organisation heads
 * and suffixes, and capitalised words that are not names. Written by us; data only,
 * lower-case, without trailing periods.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Words that, before a name, make it a person ("Secretary of State Rex Tillerson"). */
export const TITLE_WORDS = words(`
  mr mrs ms miss dr prof sir dame lord lady president vice prime minister secretary chancellor
  premier governor gov sen senator rep representative congressman congresswoman mayor judge
  justice gen general lt col colonel maj major capt captain adm admiral sgt sergeant cmdr
  commander king queen prince princess sheikh emir pope cardinal bishop rev reverend rabbi imam
  ayatollah chairman chairwoman chair ceo spokesman spokeswoman spokesperson ambassador envoy
  speaker leader attorney deputy acting former foreign defense defence interior finance state
  health trade home treasury first lady officer inspector detective chief director professor
  coach candidate nominee pastor father sister brother agent minister prosecutor commissioner
  councillor councilman councilwoman alderman magistrate superintendent constable ombudsman
  auditor treasurer investigator executive head mp majority minority
`);

/** Title words that are only titles when another title word or a name follows. */
export const WEAK_TITLE_WORDS = words(`
  state foreign defense defence interior finance health trade home treasury first former acting
  deputy chief executive head majority minority
`);

/** Last words that make a name an organisation ("Acme Inc", "Northland Party"). */
export const ORG_SUFFIXES = words(`
  inc corp corporation co ltd llc plc group ministry department party council agency bank
  university college institute committee commission forces army navy force corps police
  court parliament assembly congress senate house association union federation foundation
  organization organisation company companies bureau office service services authority network
  news times post journal herald tribune press guardian telegraph gazette review television
  tv radio airlines airways motors industries holdings partners fund board league club
  alliance coalition front movement brigade brigades militia administration government cabinet
  campaign school hospital church council fc labs lab technologies technology systems
  construction energy pharmaceuticals bancorp capital ventures group media studios
  courier daily ledger chronicle observer sentinel monitor express mirror bulletin dispatch
  inquirer examiner newsroom wire weekly foundry shipyard shipyards works mills brewery logistics
  shipping mining airlines railways international zeitung reserve
`);

/** First words that make a name an organisation ("Ministry of Health", "Bank of Northland"). */
export const ORG_HEADS = words(`
  ministry department bank university college institute committee commission council office
  bureau church court house federation association organisation organization union agency
  league board society
`);

/** Lower-case words that may join the capitalised words of one name. */
export const CONNECTORS = words(`of de del della da di du van von der bin ibn al el la le & y`);

/**
 * Capitalised words that are not names on their own: sentence starters, pronouns, days,
 * months, and generic words that headlines capitalise.
 */
export const NOT_NAMES = words(`
  the a an and or but if in on at to for from by with as of this that these those it its he she
  they we i you his her their our my your there here when where while after before since
  because although though however meanwhile also yet so then now today yesterday tomorrow
  what who why how which whose some many most more all any each every no not one two three
  monday tuesday wednesday thursday friday saturday sunday january february march april may
  june july august september october november december mon tue wed thu fri sat sun jan feb mar
  apr jun jul aug sep sept oct nov dec breaking update updated read more photo video
  advertisement watch share comment comments copyright reuters afp ap said says according
  last next earlier later just even still only both either neither other another such
  again than instead despite during under over into about against between through without
  would could should will can may might must do does did has have had is are was were be been
  being yes oh well please thank thanks i'd i'm i've i'll me us him them mommy daddy god let
`);

/** Last words that make a name a place ("Kennedy Airport", "Harlow County"). */
export const PLACE_SUFFIXES = words(`
  airport street st avenue ave road square river lake mountain mountains island islands county
  province city valley bay sea ocean park bridge strait gulf region district peninsula desert
  coast heights hills harbor harbour port border plaza course centre center stadium arena station
  palace castle cathedral hall
`);
