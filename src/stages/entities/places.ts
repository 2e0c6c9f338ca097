/**
 * Place gazetteer: countries, capitals, US states and large cities, written by us from
 * general knowledge (no third-party list copied). Data only; lower-case, diacritics kept
 * out so lookups can use the normalised key.
 */

const COUNTRIES = `
afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|
bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|
botswana|brazil|brunei|bulgaria|burkina faso|burundi|cambodia|cameroon|canada|cape verde|chad|
chile|china|colombia|comoros|congo|costa rica|croatia|cuba|cyprus|czech republic|czechia|denmark|
djibouti|dominica|dominican republic|east timor|ecuador|egypt|el salvador|eritrea|estonia|
eswatini|ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|greece|grenada|
guatemala|guinea|guyana|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|
israel|italy|ivory coast|jamaica|japan|jordan|kazakhstan|kenya|kosovo|kuwait|kyrgyzstan|laos|
latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|madagascar|malawi|
malaysia|maldives|mali|malta|mauritania|mauritius|mexico|moldova|monaco|mongolia|montenegro|
morocco|mozambique|myanmar|burma|namibia|nepal|netherlands|new zealand|nicaragua|niger|nigeria|
north korea|north macedonia|norway|oman|pakistan|palestine|panama|papua new guinea|paraguay|
peru|philippines|poland|portugal|qatar|romania|russia|rwanda|saudi arabia|senegal|serbia|
seychelles|sierra leone|singapore|slovakia|slovenia|somalia|south africa|south korea|
south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|
thailand|togo|tonga|trinidad and tobago|tunisia|turkey|turkmenistan|uganda|ukraine|
united arab emirates|uruguay|uzbekistan|vanuatu|venezuela|vietnam|yemen|zambia|zimbabwe|
gaza|west bank|crimea|kashmir|tibet|hong kong|greenland|puerto rico|scotland|wales|england|
northern ireland|europe|africa|asia|latin america|middle east|antarctica|arctic|balkans|
yugoslavia|soviet union|czechoslovakia|zaire|midwest|caribbean|great lakes|scandinavia|north america|
south america|central america|southeast asia|east asia|central asia|west africa|east africa|
north africa|the gulf|persian gulf|siberia|chechnya|kurdistan|
`;

const US_STATES = `
alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|
illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|
minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|
new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|
south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington state|
west virginia|wisconsin|wyoming|district of columbia|
`;

const CITIES = `
kabul|tirana|algiers|buenos aires|canberra|vienna|baku|dhaka|minsk|brussels|sarajevo|brasilia|
sofia|ottawa|santiago|beijing|bogota|havana|prague|copenhagen|cairo|tallinn|addis ababa|
helsinki|paris|berlin|accra|athens|budapest|reykjavik|new delhi|delhi|jakarta|tehran|baghdad|
dublin|jerusalem|tel aviv|rome|tokyo|amman|astana|nairobi|pristina|riga|beirut|tripoli|vilnius|
kuala lumpur|valletta|mexico city|chisinau|rabat|naypyidaw|kathmandu|amsterdam|the hague|
wellington|abuja|pyongyang|skopje|oslo|muscat|islamabad|ramallah|lima|manila|warsaw|lisbon|
doha|bucharest|moscow|kigali|riyadh|dakar|belgrade|seoul|madrid|colombo|khartoum|stockholm|
bern|geneva|zurich|damascus|taipei|bangkok|tunis|ankara|istanbul|kampala|kyiv|kiev|abu dhabi|
dubai|london|montevideo|tashkent|caracas|hanoi|sanaa|lusaka|harare|mogadishu|tbilisi|yerevan|
washington|los angeles|chicago|houston|phoenix|philadelphia|san antonio|san diego|dallas|
san francisco|boston|seattle|miami|atlanta|detroit|denver|las vegas|new orleans|baltimore|
cleveland|pittsburgh|st. louis|minneapolis|brooklyn|manhattan|queens|the bronx|
shanghai|hong kong|mumbai|karachi|lagos|sao paulo|rio de janeiro|johannesburg|cape town|
sydney|melbourne|toronto|vancouver|montreal|barcelona|milan|munich|frankfurt|hamburg|
manchester|birmingham|edinburgh|glasgow|st. petersburg|aleppo|mosul|raqqa|homs|idlib|
kandahar|benghazi|gaza city|kharkiv|odessa|donetsk|luhansk|mariupol|lviv|marseille|lyon|
osaka|shenzhen|guangzhou|wuhan|chennai|kolkata|bangalore|lahore|peshawar|aden|
`;

function parseList(list: string): string[] {
  return list.split('|').map((name) => name.trim()).filter(Boolean);
}

/** Every place name we know, lower-case. */
export const PLACES: ReadonlySet<string> = new Set([...parseList(COUNTRIES), ...parseList(US_STATES), ...parseList(CITIES)]);

/**
 * Demonyms and adjectives that stand for a country's state actors ("Russian officials").
 * No prototype, so a word like "constructor" is not found in it.
 */
export const DEMONYMS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  american: 'united states', british: 'united kingdom', russian: 'russia', chinese: 'china',
  french: 'france', german: 'germany', italian: 'italy', spanish: 'spain', japanese: 'japan',
  indian: 'india', pakistani: 'pakistan', iranian: 'iran', iraqi: 'iraq', syrian: 'syria',
  israeli: 'israel', palestinian: 'palestine', turkish: 'turkey', saudi: 'saudi arabia',
  egyptian: 'egypt', afghan: 'afghanistan', ukrainian: 'ukraine', polish: 'poland',
  mexican: 'mexico', canadian: 'canada', australian: 'australia', brazilian: 'brazil',
  korean: 'korea', 'north korean': 'north korea', 'south korean': 'south korea',
  lebanese: 'lebanon', jordanian: 'jordan', libyan: 'libya', yemeni: 'yemen', qatari: 'qatar',
  emirati: 'united arab emirates', kurdish: 'kurdistan', greek: 'greece', dutch: 'netherlands',
  swedish: 'sweden', norwegian: 'norway', danish: 'denmark', finnish: 'finland', irish: 'ireland',
  belgian: 'belgium', swiss: 'switzerland', austrian: 'austria', hungarian: 'hungary',
  czech: 'czech republic', romanian: 'romania', bulgarian: 'bulgaria', serbian: 'serbia',
  croatian: 'croatia', nigerian: 'nigeria', kenyan: 'kenya', ethiopian: 'ethiopia',
  somali: 'somalia', sudanese: 'sudan', venezuelan: 'venezuela', colombian: 'colombia',
  argentine: 'argentina', chilean: 'chile', peruvian: 'peru', cuban: 'cuba', vietnamese: 'vietnam',
  thai: 'thailand', indonesian: 'indonesia', filipino: 'philippines', malaysian: 'malaysia',
  taiwanese: 'taiwan', belarusian: 'belarus', georgian: 'georgia', armenian: 'armenia',
  azerbaijani: 'azerbaijan', european: 'europe', african: 'africa',
  // Nouns for people whose form the suffix rules cannot reach.
  briton: 'united kingdom', brit: 'united kingdom', scot: 'scotland', scottish: 'scotland',
  welsh: 'wales', english: 'england', swede: 'sweden', dane: 'denmark', finn: 'finland',
  pole: 'poland', turk: 'turkey', dutchman: 'netherlands', frenchman: 'france', icelandic: 'iceland',
  portuguese: 'portugal', 'sri lankan': 'sri lanka', bangladeshi: 'bangladesh', nepalese: 'nepal',
  jamaican: 'jamaica', bosnian: 'bosnia', cambodian: 'cambodia', rwandan: 'rwanda', algerian: 'algeria',
  moroccan: 'morocco', tunisian: 'tunisia', ghanaian: 'ghana', zimbabwean: 'zimbabwe', ugandan: 'uganda',
  tanzanian: 'tanzania', angolan: 'angola', congolese: 'congo', chechen: 'chechnya', serb: 'serbia',
  croat: 'croatia', kosovar: 'kosovo', albanian: 'albania', macedonian: 'north macedonia', slovak: 'slovakia',
  slovenian: 'slovenia', lithuanian: 'lithuania', latvian: 'latvia', estonian: 'estonia', kazakh: 'kazakhstan',
  uzbek: 'uzbekistan', mongolian: 'mongolia', burmese: 'myanmar', singaporean: 'singapore', 'new zealander': 'new zealand',
  ecuadorean: 'ecuador', ecuadorian: 'ecuador', bolivian: 'bolivia', paraguayan: 'paraguay', uruguayan: 'uruguay',
  haitian: 'haiti', salvadoran: 'el salvador', guatemalan: 'guatemala', honduran: 'honduras', nicaraguan: 'nicaragua',
  panamanian: 'panama', maltese: 'malta', cypriot: 'cyprus', zambian: 'zambia', senegalese: 'senegal', malian: 'mali',
  eritrean: 'eritrea', omani: 'oman', bahraini: 'bahrain', kuwaiti: 'kuwait', tajik: 'tajikistan', moldovan: 'moldova',
  asian: 'asia', 'latin american': 'latin america', scandinavian: 'scandinavia',
});
