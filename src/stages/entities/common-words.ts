/**
 * Ordinary English words, lower-case, written by us from general knowledge (roughly the
 * most common few thousand words of news English, nouns, verbs, adjectives and adverbs).
 * A lone capitalised token that is one of these is a sentence or headline starter
 * ("Divers", "Police", "Trade"), not a name, unless something stronger says otherwise.
 * Country and city names are deliberately left out (the gazetteer decides those). Data only.
 */
const LIST = `
able about above abroad absence absolute absolutely abuse academic accept accepted access accident
according account accounts accused achieve acid acquire across act action actions active activist
activists activity actor actors actual actually add added adding addition additional address adds
adjust admit admitted adult adults advance advanced advantage adventure advice advise adviser advisers
affair affairs affect affected afford afraid after afternoon afterwards again against age aged agencies
agency agenda agent agents ago agree agreed agreement agrees ahead aid aide aides aim aimed aims air
aircraft airline airlines airport alarm album alert alive all allegation allegations alleged allegedly
allies allow allowed allowing allows ally almost alone along already alright also alter alternative
although always amazing amid among amount analysis analyst analysts ancient and anger angry animal
animals anniversary announce announced announcement annual another answer answers anti anxiety anybody
anyone anything anyway anywhere apart apartment apparent apparently appeal appeals appear appeared
appears application applications applied apply appoint appointed appointment approach appropriate
approval approve approved approximately app apps area areas argue argued argument arm armed arms army
around arrange arrangement arrest arrested arrests arrival arrive arrived arrives art article articles
artist artists arts aside ask asked asking asks aspect assault assembly assess assessment asset assets
assistance assistant associate associated association assume attack attacked attacks attempt attempted
attempts attend attended attention attitude attorney attract audience audit author authorities
authority authors auto automatic autumn available average avoid award awards aware away awful baby back
background backed backing bad badly bag balance ball ban band bank banks bar barely bars base based
basic basically basis battle beach bear beat beautiful beauty became because become becomes becoming bed
been beer before began begin beginning begins behalf behaviour behavior behind being belief beliefs
believe believed believes bell belong below benefit benefits best better between beyond bid big bigger
biggest bill billion bills bird birds birth bit bite black blame blamed blast block blocked blood blow
blue board boat boats body bodies bomb bombing bond bonds bone book books boost border borders born
borrow boss both bottle bottom bought box boy boys brain branch brand brands brave breach bread break
breaking breaks breakfast breath bridge bridges brief briefing briefly bright brilliant bring bringing
brings broad broadcast broke broken brother brothers brought brown budget build building buildings
built bureau burn burned bus business businesses busy but buy buyer buyers buying by cabinet call
called calling calls calm came camera cameras camp campaign campaigns campus can cancel cancelled
cancer candidate candidates cannot capable capacity capital captain capture car carbon card cards care
career careful carefully cargo carried carry carrying cars case cases cash cast casualties cat catch
category cathedral caught cause caused causes causing cease ceasefire celebrate celebration cell cells
center centre central centres century ceremony certain certainly certificate certificates chain chair
chairman challenge challenges chamber champion champions championship chance chances change changed
changes changing channel chaos chapter character charge charged charges charity chart cheap check
checked checks cheese chemical chicken chief child childhood children chip choice choices choose
chose chosen christmas church cinema circle circumstances cities citizen citizens city civil civilian
civilians claim claimed claims class classes classic clean clear cleared clearly click client clients
climate climb clinic clock close closed closely closer closing cloud club clubs coach coal coalition
coast coastal code coffee cold collapse collapsed colleague colleagues collect collection college
colour color column combat combination combined come comedy comes comfort comfortable coming command
commander comment commented comments commercial commission commissioner commit commitment committed
committee common communication communications communities community companies company compare compared
comparison compensation compete competition complain complaint complaints complete completed
completely complex concern concerned concerns concert conclusion condition conditions conduct
conference confidence confident confirm confirmed conflict congress connection consequences consider
considered considering consortium constant constantly construction consumer consumers contact
contain contains content contest context continue continued continues contract contractor contracts
contrast contribute contribution control controlled controversial conversation convicted cook cool
cooperate cooperated cooperation cope copy core corner corporate correct corruption cost costs could
council councils count counter counting countries country countryside county couple courage course
court courts cousin cover coverage covered covering crack craft crash crazy cream create created
creating creative credit crew crime crimes criminal crisis critic critical criticism critics crop
cross crossing crowd crowds crown crucial cry cultural culture cup current currently custody customer
customers cut cuts cutting cycle daily damage damaged dance danger dangerous dark data date daughter
daughters day days dead deadline deadly deal dealing deals dealt dear death deaths debate debt decade
decades decide decided decision decisions declare declared decline declined deep deeply defeat defence
defense defend defendant defendants defender deficit define definitely degree delay delayed delegation
deliver delivered delivery demand demanded demands democracy democratic demonstrators deny department
departure depend deposit depression deputy describe described description desert design designed
desire desk despite destroy destroyed destruction detail detailed details detective determine
determined develop developed developer developers developing development device devices dialogue die
died dies diet difference different difficult difficulty digital dinner direct directed direction
directly director directors dirty disaster discipline discover discovered discuss discussed discussion
disease dismissed display dispute distance district divers diverse divide divided division divorce
do doctor doctors document documents does dog dogs doing dollar dollars domestic dominant done door
doors double doubt down dozen dozens draft drama dramatic draw drawing dream dress drink drive driver
drivers driving drop dropped drug drugs dry due during duty each eager ear earlier early earn earned
earnings earth ease easily east eastern easy eat economic economics economist economists economy edge
edit edited editing edition editor editorial education effect effective effectively effects effort
efforts eight either elderly elect elected election elections electric electricity element elements
else elsewhere email embassy emergency emerged emissions emotional employee employees employer
employment empty enable encourage end ended ending ends enemy energy enforcement engage engine envoy envoys delegate delegates diplomat diplomats
engineer engineering engineers enjoy enormous enough ensure enter entered entertainment entire
entirely entitled entry environment environmental equal equally equipment error escape especially
essential establish established estate estimate estimated estimates ethnic even evening event events
eventually ever every everybody everyone everything evidence evil exact exactly exam examine example
examples excellent except exchange excited exciting executive executives exercise exhibition exist
existing exit expand expansion expect expected expects expensive experience experienced experiment
expert experts explain explained explains explanation explosion export exports expose exposed express
expressed extend extended extension extent extra extraordinary extreme extremely eye eyes face faced
faces facilities facility facing fact factor factors factory facts fail failed failing fails failure
fair fairly faith fall fallen falling falls false familiar families family famous fan fans far farm
farmer farmers farming fashion fast faster fat fatal father fault favour favor favourite fear feared
fears feature features federal federation fee feed feel feeling feelings feels fees feet fell fellow
felt female few field fields fifth fight fighter fighters fighting figure figures file filed files
fill film films final finally finance financial find finding findings finds fine fined finger finish
finished fire fired fires firm firms first fiscal fish fit five fix fixed flag flat fled fleet flight
flights flood floods floor flow fly flying focus focused folk follow followed following follows food
foot football for force forced forces foreign forest forever forget form formal format former forms
formula forth fortune forward found foundation founded founder four fourth frame framework free freedom
frequently fresh friday friend friendly friends front fruit fuel full fully fun fund funding funds
funeral funny further future gain gained game games gang gap garden gas gate gather gave gay gender
general generally generation generous gentle genuine get gets getting giant gift girl girls give given
gives giving glad glass global goal goals god goes going gold golden gone good goods got govern
government governments governor grab grade gradually graduate grain grand grant grave gray great
greater greatest green grew grey ground grounds group groups grow growing grown growth guarantee guard
guess guest guests guidance guide guilty gun gunmen guns guy guys habit hair half hall hand handed
handle hands hang happen happened happening happens happy harbour harbor hard hardly harm hat hate have
having head headed heading headline headquarters heads health healthy hear heard hearing heart heat
heavily heavy held hell hello help helped helping helps hence here heritage hero hidden hide high
higher highest highly highway hill hire hired historic historical history hit hits hold holding holds
hole holiday holidays home homes honest hope hoped hopes horse hospital host hostage hostages hot
hotel hour hours house household houses housing huge human humans hundred hundreds hungry hunt hurt
husband idea ideal ideas identify identified identity ignore ill illegal image images imagine
immediate immediately immigrants immigration impact implement importance important impose imposed
impossible impressive improve improved improvement incident incidents include included includes
including income increase increased increases increasing increasingly indeed independence independent
index indicate indicated individual individuals industrial industry inflation influence inform
information informed infrastructure initial initially initiative injured injuries injury inner
innocent inquiry inside insist insisted inspection inspector instance instead institute institution
institutions insurance intelligence intend intended interest interested interesting interests interim
internal international internet interview interviews into introduce introduced invasion invest
invested investigate investigation investigations investigator investigators investment investors
invite invited involve involved involvement iron island islands issue issued issues item items job
jobs join joined joining joint joke journal journalist journalists journey joy judge judges judgment
jump junior jury just justice keen keep keeping keeps kept key kick kid kids kill killed killing
killings kills kind king kingdom kitchen knew knife know knowing knowledge known knows labour labor lack
lady laid lake land landing lands language large largely larger largest last late lately later latest
launch launched law lawmakers lawn laws lawsuit lawyer lawyers lay lead leader leaders leadership
leading leads league leak leaked lean learn learned learning least leave leaves leaving led left leg
legacy legal legislation legislative legs lend length less lesson lessons let letter letters level
levels liberal liberation library licence license lie lies life lift light like likely limit limited
limits line lines link linked links list listen listed lists literally little live lived lives living
load loan loans local locals located location lock long longer look looked looking looks loose lose
losing loss losses lost lot lots loud love loved lovely low lower luck lunch machine machines mad made
magazine mail main mainly maintain major majority make maker makers makes making male man manage
managed management manager managers manner manufacturing many map march mark market markets marriage
married mass massive master match material materials matter matters maximum may maybe mayor meal mean
meaning means meant meanwhile measure measures meat media medical medicine meet meeting meetings
member members membership memory men mental mention mentioned menu mere merely message met metal
method methods middle midnight might migrants military milk mill million millions mind minds mine
minimum minister ministers ministry minor minority minute minutes miss missed missile missiles missing
mission mistake mix mixed mobile model models modern moment money monitor monitoring month months mood
moon moral more moreover morning most mostly mother motion motor mount mountain mountains mouth move
moved movement moves movie movies moving much multiple murder museum music must mutual myself name
named names narrow nation national nations native natural nature near nearby nearly necessary neck need
needed needs negative negotiations neighbour neighbours neighbor neighbors neither nervous net network
networks never nevertheless new newly news newspaper newspapers next nice night nine nobody nod noise
none nor normal normally north northern note noted notes nothing notice novel now nowhere nuclear
number numbers nurse nurses object observed obtain obvious obviously occasion occupation occur
occurred ocean odd offence offer offered offering offers office officer officers offices official
officially officials often oil okay old older oldest once one ones online only onto open opened opening
openly operate operating operation operations operator opinion opponents opportunity oppose opposed
opposite opposition option options orange order ordered orders ordinary organisation organisations
organization organizations organised organized original other others otherwise ought out outcome
outdoor outside over overall overseas own owned owner owners ownership pace pack package page pages
paid pain paint pair palace panel paper papers parent parents park parliament parliamentary part
partly particular particularly parties partner partners partnership parts party pass passed passenger
passengers passing passion passport past path patient patients pattern pause pay paying payment
payments peace peaceful peak penalty pension pensions people per percent perfect perform performance
perhaps period permanent permission permit person personal personally persons perspective phase
phone photo photograph photos physical pick picked picture pictures piece pieces pilot pilots pink
pipeline place placed places plain plaintiff plaintiffs plan plane planet planned planning plans
plant plants plastic plate plates platform play played player players playing plays plea plead
pleaded please pleased pledge pledged plenty plot plus pocket poem point pointed points police policies
policy political politician politicians politics poll polls pool poor pop popular population port
portion ports pose position positive possibility possible possibly post posted potential potentially
pound pounds poverty power powerful powers practical practice praised pray prayer precisely predict
prefer pregnant premier premium preparation prepare prepared presence present presented presidency
president presidential press pressure pretty prevent prevented previous previously price prices pride
primary prime prince principal principle print priority prison prisoner prisoners privacy private
prize probably probe problem problems procedure proceedings process produce produced producer product
production products profession professional professor profile profit profits program programme
programs progress project projects promise promised promote proof proper properly property proposal
proposals propose proposed prosecution prosecutor prosecutors prospect protect protected protection
protest protesters protests proud prove proved provide provided provides providing province provincial
public publicly publish published pull pulled punishment purchase purpose pursue push pushed put puts
putting quality quarter queen question questions quick quickly quiet quietly quite race racial radical
radio rail railway rain raise raised raises raising rally ran range rank rapid rapidly rare rarely rate
rates rather rating reach reached reaction read reader readers reading ready real reality realise
realize really reason reasons rebel rebels recall receive received recent recently recognise recognize
recommend recommended record recorded records recover recovery recruit red reduce reduced reduction
refer referendum reflect reform reforms refugee refugees refuse refused regard regarding region
regional regions register regular regularly regulator regulators regulation regulations reject
rejected relate related relation relations relationship relationships relative relatively relatives
release released releases relevant relief religion religious rely remain remained remaining remains
remarkable remember remind remote removal remove removed rent repair repeat repeated replace replaced
reply report reported reporter reporters reporting reports represent representative representatives
republic republican reputation request require required requirement requirements requires rescue
research researcher researchers reserve residents resign resignation resigned resist resolution
resolve resort resource resources respect respond responded response responsibility responsible rest
restaurant restore restrictions result results retail retain retire retired retirement return returned
returns reveal revealed revenue review rich rid ride right rights ring rise rising risk risks rival
rivals river road roads rock role roles roll roof room rooms root rose rough round route routine row
royal rule ruled rules ruling run runner running runs rural rush sad safe safely safety said sail
salary sale sales salt same sample sanctions satellite save saved saving savings saw say saying says
scale scandal scene scenes schedule scheme school schools science scientific scientist scientists
score scored screen sea search season seat seats second secondary secret secretary section sector
secure security see seek seeking seem seemed seems seen seize select selected selection self sell
selling send senior sense sensitive sent sentence sentenced separate series serious seriously serve
served server service services session set sets setting settle settlement seven several severe sex
sexual shadow shake shall shame shape share shared shareholders shares sharp shelter shift ship ships
shock shoot shooting shop shopping shops short shortly shot should shoulder show showed showing shown
shows shut sick side sides sight sign signal signed significant significantly signs silence silent
silver similar simple simply since sing single sister sit site sites sitting situation six size skill
skills skin sky sleep slightly slow slowly small smaller smart smile smoke snow social society
soft software soil sold soldier soldiers sole solid solution solutions solve somebody somehow someone
something sometimes somewhat somewhere son song songs soon sorry sort sought soul sound source sources
south southern space spare speak speaker speaking speaks special specialist species specific
specifically speech speed spend spending spent spirit spite split spoke spokesman spokesperson
spokeswoman sport sports spot spread spring square squad staff stage stake stand standard standards
standing stands star stars start started starting starts state stated statement statements states
station stations status stay stayed steady steal steel step steps stick still stock stocks stone stood
stop stopped stopping storage store stores storm story straight strange strategy stream street streets
strength stress stretch strike strikes striking strong strongly structure struggle student students
studies studio study stuff stupid style subject submit subsequent substantial succeed success
successful such sudden suddenly suffer suffered sufficient sugar suggest suggested suggests suicide
suit suitable summer summit sun sunday super supply support supported supporter supporters supporting
supports suppose supposed supreme sure surely surface surgery surprise surprised surprising survey
survival survive survived survivors suspect suspected suspects suspended sweet swim switch symbol
sympathy system systems table tackle take taken takes taking talent talk talked talking talks tall
tank tanks target targeted targets tariff tariffs task tax taxes tea teach teacher teachers teaching
team teams tear technical technique technology teenager telephone television tell telling tells
temperature temporary ten tend tension tensions term terms terrible territory terror terrorism
terrorist terrorists test tested testimony testing tests text thank thanks theatre theater theme
themselves theory therapy therefore thick thin thing things think thinking third thirty thought
thousand thousands threat threaten threatened threats three threw throughout throw thus ticket tickets
tie tied tight till time times tiny tip tired title today together told toll tomorrow tone tonight too
took tool tools top topic total totally touch tough tour tourism tourist tourists toward towards tower
town towns track trade trading tradition traditional traffic tragedy trail train trained training
transfer transition transport transportation travel treasury treat treated treatment treaty tree trees
trend trial trials tribunal tried trip troops trouble truck true truly trust truth try trying tunnel
turn turned turning turnout turns twelve twenty twice twin two type types typical typically ugly
ultimately unable uncertain uncertainty understand understanding unemployment unfair unhappy union
unions unique unit united units unity universal university unknown unless unlike unlikely until
unusual upon upper upset urban urge urged urgent usage use used useful user users uses using usual
usually vaccine valley valuable value values various vast vehicle vehicles venture version versus very
veteran via victim victims victory video view viewers views village villages violence violent virus
visible vision visit visited visitors visiting visits vital voice volume volunteer volunteers vote
voted voter voters votes voting wage wages wait waiting wake walk walked walking wall walls want wanted
wants war warm warn warned warning warnings wars wash waste watch watched watching water waters wave
way ways weak weakness wealth weapon weapons wear weather website wedding week weekend weekly weeks
weight welcome welfare west western whatever whereas whether white whole wide widely wider widespread
wife wild will willing win wind window windows wine winner winners winning wins winter wire wish
witness witnesses woman women won wonder wonderful wood word words work worked worker workers working
works world worldwide worried worry worse worst worth would wound wounded write writer writers writing
written wrong wrote yard year yearly years yellow yes young younger youth zone
monday tuesday wednesday thursday friday saturday sunday january february march april june july
august september october november december easter weekday
soccer cricket golf boxing tennis rugby baseball basketball hockey athletics cycling racing swimming
skiing sailing rowing motorsport analysis exclusive update corrected correction factbox timeline
`;

/** Ordinary English words, lower-case. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));

/** True when a word, however capitalised, is an ordinary English word. */
export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/[’']s?$/, '');
  // Adverbs by their suffix ("Initially", "Reportedly"); plain -ly is left alone ("Italy").
  // Regular plurals of listed nouns ("Practices", "Shipyards").
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return COMMON_WORDS.has(lower) || COMMON_WORDS.has(singular) || /^\p{L}{3,}(?:ally|ously|ively|edly|ingly|fully|lessly|ently|antly|arly)$/u.test(lower);
}
