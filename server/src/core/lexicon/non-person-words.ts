// Word lists that keep firms, places, headings and headlines from being read as people. Data: a house
// style or `.wirecheckrc.json` extends them (`nonPersonWords`, `places`); do not special-case names in code.

/**
 * U.S. states as a place is written after a town (`Spring Hill, Tenn.`, `Ames, Iowa`): a name followed by one is the town.
 */
export const US_STATES = ['ala.', 'ariz.', 'ark.', 'calif.', 'colo.', 'conn.', 'del.', 'fla.', 'ga.', 'ill.', 'ind.',
  'kan.', 'ky.', 'la.', 'md.', 'mass.', 'mich.', 'minn.', 'miss.', 'mo.', 'mont.', 'neb.', 'nev.', 'n.h.', 'n.j.',
  'n.m.', 'n.y.', 'n.c.', 'n.d.', 'okla.', 'ore.', 'pa.', 'r.i.', 's.c.', 's.d.', 'tenn.', 'tex.', 'va.', 'vt.',
  'wash.', 'wis.', 'w.va.', 'wyo.', 'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado',
  'connecticut', 'delaware', 'florida', 'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas',
  'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri',
  'montana', 'nebraska', 'nevada', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'tennessee', 'texas', 'utah',
  'vermont', 'virginia', 'washington', 'wisconsin', 'wyoming'];
/** The same, for look-ups by a lower-case word. */
export const US_STATE_WORDS: ReadonlySet<string> = new Set(US_STATES);

/**
 * Street and market words that end a place's name (`Mincing Lane`, `Brick Lane`) but are surnames too (`Diane Lane`,
 * `Richard Alley`): a name ending in one is a place unless a given name opens it.
 */
export const STREET_TAILS = ['lane', 'alley', 'boulevard', 'highway', 'terrace', 'parkway', 'expressway', 'freeway',
  'wharf', 'quay', 'embankment', 'crescent', 'drive', 'gardens', 'mews'];

/** Countries and cities written as initials (`U.S. Officials`, `H.K. Dlrs`): they open no person's name. */
export const PLACE_INITIALS = ['u.s.', 'u.k.', 'u.n.', 'h.k.', 'n.z.', 'e.c.', 'e.u.', 'u.a.e.', 'u.s.a.', 'u.s.s.r.', 'n.y.',
  'l.a.', 'd.c.', 'p.r.', 's.a.', 'n.v.'];

/** Words that open a place's or a body's name before a given name: `St. Lawrence Seaway`, `San Paolo di Torino`. */
export const SAINT_PREFIXES = ['st', 'saint', 'san', 'santa', 'sao', 'são', 'ste', 'sainte'];

/** Ships and craft, often named after people: `the Pyotr Veliky cruiser` names a ship. */
export const VESSEL_NOUNS = ['cruiser', 'ship', 'vessel', 'submarine', 'frigate', 'destroyer', 'tanker', 'freighter',
  'liner', 'yacht', 'ferry', 'icebreaker', 'warship', 'battleship', 'spacecraft', 'probe', 'satellite'];

/** Words that make a capitalised run an organisation, a place or a thing rather than a person. */
/**
 * Heads of an organisation's name that take `of`, `on` or `for` and the field or members (`National Association of Wheat
 * Growers`, `Hague Convention on Intercountry Adoption`, `Center for Adoptable Children`).
 */
export const ORGANISATION_HEADS = ['association', 'council', 'committee', 'commission', 'university', 'college', 'school',
  'institute', 'bank', 'fund', 'union', 'federation', 'society', 'league', 'board', 'department', 'ministry', 'bureau',
  'academy', 'chamber', 'confederation', 'foundation', 'museum', 'alliance', 'guild', 'order', 'brotherhood', 'coalition',
  'convention', 'conference', 'center', 'centre', 'office', 'agency', 'program', 'programme', 'campaign', 'network'];

/** Plural nouns of places that a list of place names follows (`New Jersey towns, including Cherry Hill`). */
export const PLACE_PLURALS = ['towns', 'cities', 'villages', 'counties', 'communities', 'suburbs', 'districts', 'provinces',
  'states', 'countries', 'municipalities', 'neighborhoods', 'neighbourhoods', 'townships', 'regions', 'islands', 'resorts'];

export const NON_PERSON_WORDS = [
  'party', 'ministry', 'council', 'committee', 'commission', 'university', 'college', 'school', 'institute',
  'company', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'plc', 'group', 'bank', 'fund',
  'association', 'organization', 'organisation', 'union', 'government', 'republic', 'kingdom', 'nations',
  'states', 'news', 'agency', 'times', 'post', 'daily', 'journal', 'herald', 'tribune', 'press', 'gazette',
  'department', 'office', 'bureau', 'authority', 'administration', 'assembly', 'congress', 'parliament',
  'senate', 'house', 'court', 'army', 'navy', 'force', 'forces', 'police', 'church', 'foundation', 'center',
  'centre', 'hospital', 'airport', 'airlines', 'airways', 'exchange', 'market', 'markets', 'index', 'street',
  'avenue', 'road', 'square', 'river', 'sea', 'ocean', 'mountain', 'mountains', 'island', 'islands', 'province',
  'county', 'city', 'district', 'region', 'valley', 'bay', 'lake', 'east', 'west', 'north', 'south', 'middle',
  'central', 'cup', 'games', 'olympics', 'championship', 'league', 'club', 'team', 'festival', 'conference',
  'summit', 'forum', 'treaty', 'agreement', 'act', 'law', 'bill', 'program', 'programme', 'project', 'initiative',
  'war', 'day', 'week', 'year', 'covid-19', 'covid', 'coronavirus', 'ai', 'technologies', 'technology', 'systems',
  'solutions', 'services', 'holdings', 'partners', 'capital', 'energy', 'pharmaceuticals', 'therapeutics',
  'international', 'global', 'national', 'federal', 'communist', 'democratic', 'republican', 'socialist',
  'federation', 'alliance', 'coalition', 'movement', 'front', 'network', 'media', 'television', 'radio', 'tv',
  'magazine', 'online', 'platform', 'app', 'software', 'labs', 'laboratories', 'motors', 'industries', 'airline',
  'reserve', 'treasury', 'pentagon', 'kremlin', 'palace', 'hall', 'museum', 'stadium', 'port', 'station',
  'trust', 'society', 'council', 'board', 'cabinet', 'embassy', 'consulate', 'mission', 'secretariat',
  'zone', 'area', 'park', 'hotel', 'tower', 'building', 'bridge', 'dam', 'canal', 'strait', 'gulf', 'peninsula',
  'continent', 'world', 'europe', 'asia', 'africa', 'america', 'americas', 'pacific', 'atlantic', 'arctic',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'xinhua', 'reuters', 'reuter', 'ap', 'afp', 'yonhap', 'prnewswire', 'wire', 'newswire', 'globe',
  'english', 'chinese', 'french', 'german', 'spanish', 'arabic', 'russian', 'japanese', 'korean',
  'co', 'co.', 'flight', 'power', 'award', 'awards', 'express', 'standard', 'nation', 'zoo', 'ciudad', 'fort', 'row',
  'control', 'trial', 'free', 'research', 'health', 'insurance', 'solutions', 'studios', 'rebels', 'newsletter',
  'affiliates', 'school', 'institution', 'foundation', 'brokerage', 'underwriting', 'tribes', 'tribal', 'nations',
  'native', 'first', 'crimson', 'guardian', 'atlantic', 'post', 'globe', 'tech', 'disorder', 'syndrome', 'disease', 'cosmetics', 'update', 'auto',
  'bloc', 'royal', 'cloud', 'eats', 'blockchain', 'dairy', 'impacts', 'companies', 'fire', 'schools', 'appeals',
  'presidents', 'word', 'lines', 'cos',
  'convention', 'survey', 'statistics', 'victimization', 'klan', 'coalition', 'republicans', 'democrats', 'gop',
  'relations', 'air', 'jews', 'muslims', 'christians', 'arabs', 'catholics', 'protestants', 'americans', 'europeans',
  'american', 'british', 'canadian', 'mexican', 'cuban', 'venezuelan', 'brazilian', 'argentine', 'chilean', 'colombian',
  'peruvian', 'israeli', 'palestinian', 'egyptian', 'iraqi', 'iranian', 'syrian', 'saudi', 'turkish', 'afghan',
  'pakistani', 'indian', 'bangladeshi', 'vietnamese', 'thai', 'indonesian', 'filipino', 'australian', 'african',
  'kenyan', 'nigerian', 'ethiopian', 'italian', 'dutch', 'belgian', 'swiss', 'austrian', 'polish', 'ukrainian',
  'greek', 'swedish', 'norwegian', 'danish', 'finnish', 'irish', 'scottish', 'welsh', 'european', 'asian', 'latino',
  'hispanic', 'western', 'eastern', 'northern', 'southern', 'soviet', 'islamic', 'jewish', 'christian', 'muslim',
  'fleet', 'navy', 'command', 'newswires', 'dow', 'beach', 'plant', 'unit', 'mall', 'plaza', 'church', 'cathedral', 'temple', 'mosque',
  // Organisations, fields and offices that never stand in a person's name: `Science Education`, `Gary Associates`,
  // `Usines Renault`, `Luoyang Economic`, `Paul Mellon Family Interests`.
  // Firms, in English and the languages wire copy quotes them in.
  'associates', 'associated', 'enterprises', 'ventures', 'equity', 'investments', 'investment', 'securities',
  'finance', 'financial', 'bancorp', 'bancshares', 'bancorporation', 'savings', 'mutual', 'realty', 'properties',
  'resources', 'brands', 'stores', 'foods', 'chemical', 'chemicals', 'chemie', 'steel', 'oil', 'petroleum',
  'mining', 'metals', 'electric', 'electronics', 'communications', 'telecom', 'pharma', 'biotech', 'medical',
  'healthcare', 'clinic', 'logistics', 'shipping', 'railways', 'railroad', 'railway', 'consulting', 'advisors',
  'advisers', 'management', 'interests', 'family', 'trading', 'manufacturing', 'aerospace', 'defense', 'defence',
  'machines', 'machinery', 'instruments', 'products', 'supply', 'supplies', 'software', 'digital', 'networks',
  'wireless', 'mobile', 'semiconductor', 'semiconductors', 'devices', 'materials', 'plastics', 'textiles',
  'gmbh', 'ag', 'nv', 'bv', 'spa', 'sarl', 'lp', 'llp', 'pty', 'pte', 'bhd', 'tbk', 'kk', 'usines', 'usine',
  'societe', 'société', 'compagnie', 'banque', 'banca', 'banco', 'groupe', 'gruppo', 'grupo', 'compania',
  'compañía', 'empresa', 'industrie', 'industria', 'werke', 'gesellschaft', 'maatschappij', 'fabrik',
  // Fields, offices and public bodies.
  'economic', 'economics', 'economy', 'education', 'educational', 'science', 'sciences', 'scientific', 'social',
  'cultural', 'culture', 'political', 'environmental', 'environment', 'public', 'corporate', 'legal', 'civil',
  'military', 'human', 'rights', 'affairs', 'policy', 'studies', 'development', 'planning', 'protection',
  'security', 'interior', 'commerce', 'trade', 'industry', 'agriculture', 'agricultural', 'transport',
  'transportation', 'labor', 'labour', 'employees', 'workers', 'teachers', 'service', 'fisheries', 'wildlife',
  'corps', 'guard', 'marines', 'infantry', 'brigade', 'battalion', 'regiment', 'division', 'squadron', 'academy',
  'seminary', 'observatory', 'laboratory', 'library', 'archives', 'gallery', 'theater', 'theatre', 'orchestra',
  'ballet', 'opera', 'symphony', 'choir', 'band', 'records', 'pictures', 'films', 'entertainment', 'publishing',
  'books', 'review', 'weekly', 'monthly', 'quarterly', 'bulletin', 'chronicle', 'observer', 'examiner', 'courier',
  'dispatch', 'sentinel', 'register', 'inquirer', 'mirror', 'matin', 'monde', 'zeitung', 'spiegel', 'izvestia',
  'pravda', 'ministry', 'prefecture', 'municipality', 'township', 'borough', 'parish', 'diocese', 'county',
  'state', 'states', 'federal', 'provincial', 'municipal', 'regional', 'metropolitan', 'rural', 'urban',
  'stock', 'shares', 'bonds', 'notes', 'futures', 'options', 'index', 'prize', 'medal', 'trophy', 'tournament',
  'open', 'classic', 'series', 'bowl', 'derby', 'marathon', 'grand', 'prix', 'revision', 'edition', 'version',
  'permit', 'code', 'rule', 'rules', 'regulation', 'directive', 'protocol', 'accord', 'accords', 'charter',
  'constitution', 'amendment', 'resolution', 'declaration', 'plan', 'fund', 'scheme', 'strategy', 'report',
  'northeast', 'northwest', 'southeast', 'southwest', 'midwest', 'retail', 'wholesale', 'commercial', 'residential',
  'chapel', 'springs', 'heights', 'falls', 'village', 'harbor', 'harbour', 'junction', 'creek', 'ridge', 'hills',
  'democrat', 'liberal', 'conservative', 'progressive', 'libertarian', 'tory', 'whig', 'labourite',
  'gala', 'ball', 'banquet', 'concert', 'expo', 'fair', 'parade', 'pageant', 'gathering', 'benefit', 'luncheon',
  'shop', 'store', 'bookshop', 'bookstore', 'pueblo', 'ranch', 'winery', 'cellars', 'vineyard', 'vineyards',
  'brewery', 'inn', 'motel', 'place', 'copy', 'printing', 'salon', 'studio', 'boutique', 'bakery', 'farm', 'farms',
  'orchard', 'gardens', 'san', 'santa', 'temple',
  'sliders', 'cheeseburger', 'burger', 'pizza', 'cafe', 'café', 'restaurant', 'bar', 'grill', 'kitchen',
];

/**
 * Role words that end a run only as a title: `Legal Officer`, `Corporate Counsel`, `Managing Director`. Unlike
 * `King`, `Major` or `Dean` they are nobody's surname, so a run ending in one names an office, not a person.
 */
export const ROLE_ONLY_WORDS = [
  'officer', 'officers', 'counsel', 'director', 'directors', 'manager', 'secretary', 'president', 'chairman',
  'chairwoman', 'chairperson', 'executive', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'governor',
  'commissioner', 'superintendent', 'analyst', 'economist', 'adviser', 'advisor', 'attorney', 'lawyer', 'ceo',
  'cfo', 'coo', 'cto', 'cmo', 'cio', 'vp', 'evp', 'svp', 'founder', 'co-founder', 'cofounder', 'deputy',
  'assistant', 'treasurer', 'editor', 'correspondent', 'coordinator', 'specialist', 'engineer', 'consultant',
  'strategist', 'ambassador', 'envoy', 'premier', 'senator', 'representative', 'mayor', 'professor', 'lieutenant',
  'colonel', 'captain', 'sergeant', 'commander', 'admiral', 'general', 'vice-president', 'vice-chairman',
  'president-elect', 'chancellor', 'registrar', 'auditor', 'comptroller', 'controller', 'principal', 'partner',
  'partners', 'member', 'members', 'chair', 'head', 'lead', 'leader', 'trustee', 'trustees', 'fellow',
];

/**
 * Capitalised verbs of press-release and news headlines: `Acme Appoints Jane Doe as CFO`, `Newsweek Names …`.
 * A name run stops at one; the words on either side may each be a name of their own.
 */
export const HEADLINE_VERBS = [
  'appoints', 'names', 'promotes', 'announces', 'welcomes', 'hires', 'taps', 'elects', 'adds', 'launches',
  'unveils', 'introduces', 'honors', 'honours', 'celebrates', 'receives', 'wins', 'joins', 'selects',
  'recognizes', 'recognises', 'expands', 'acquires', 'completes', 'signs', 'opens', 'debuts', 'releases',
  'partners', 'teams', 'hosts', 'awards', 'presents', 'reports', 'secures', 'raises', 'closes', 'enters',
  'appointed', 'named', 'promoted', 'elected', 'honored', 'honoured', 'announced', 'welcomed', 'tapped',
  'unveiled', 'launched', 'joined', 'becomes', 'retires', 'resigns', 'dies', 'leaves', 'succeeds', 'replaces',
  'praises', 'slams', 'blasts', 'urges', 'warns', 'backs', 'endorses', 'visits', 'meets', 'says', 'tells',
];

/** Places and peoples that look like names: `Hong Kong`, `New York`, `South Africa`, `Sri Lanka`. */
export const PLACE_NAMES = [
  'hong kong', 'new york', 'new delhi', 'new zealand', 'sri lanka', 'south africa', 'north korea', 'south korea',
  'los angeles', 'san francisco', 'san jose', 'san diego', 'las vegas', 'buenos aires', 'costa rica',
  'puerto rico', 'el salvador', 'saudi arabia', 'united kingdom', 'united states', 'soviet union', 'tel aviv',
  'abu dhabi', 'kuala lumpur', 'rio de janeiro', 'sao paulo', 'ho chi minh', 'phnom penh', 'addis ababa',
  'dar es salaam', 'cape town', 'palo alto', 'santa clara', 'salt lake', 'wall street', 'white house',
  'capitol hill', 'downing street', 'great britain', 'latin america', 'middle east', 'southeast asia',
  'west bank', 'gaza strip', 'persian gulf', 'south china', 'east china', 'inner mongolia', 'ulan bator',
  'new jersey', 'new mexico', 'new hampshire', 'north carolina', 'south carolina', 'north dakota',
  'south dakota', 'west virginia', 'rhode island', 'el nino', 'la nina', 'czech republic', 'ivory coast',
  'sierra leone', 'burkina faso', 'papua new guinea', 'bosnia herzegovina', 'east timor', 'st. louis',
  'mexico city', 'kuwait city', 'panama city', 'hanoi', 'silicon valley', 'new orleans', 'san antonio',
  'newport beach', 'west palm beach', 'redwood city', 'santa monica', 'santa barbara', 'fort worth', 'st. paul',
  // Countries and states in one word: a name run that ends with one is a place or an organisation of it.
  'afghanistan', 'albania', 'algeria', 'angola', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan',
  'bahrain', 'bangladesh', 'belarus', 'belgium', 'bolivia', 'bosnia', 'botswana', 'brazil', 'bulgaria', 'burma',
  'cambodia', 'cameroon', 'canada', 'chad', 'chile', 'china', 'colombia', 'congo', 'croatia', 'cuba', 'cyprus',
  'denmark', 'ecuador', 'egypt', 'eritrea', 'estonia', 'ethiopia', 'finland', 'france', 'gabon', 'georgia', 'germany',
  'ghana', 'greece', 'guatemala', 'guinea', 'haiti', 'honduras', 'hungary', 'iceland', 'india', 'indonesia', 'iran',
  'iraq', 'ireland', 'israel', 'italy', 'jamaica', 'japan', 'jordan', 'kazakhstan', 'kenya', 'korea', 'kosovo',
  'kuwait', 'laos', 'latvia', 'lebanon', 'liberia', 'libya', 'lithuania', 'luxembourg', 'macedonia', 'madagascar',
  'malawi', 'malaysia', 'mali', 'malta', 'mexico', 'moldova', 'mongolia', 'morocco', 'mozambique', 'myanmar',
  'namibia', 'nepal', 'netherlands', 'nicaragua', 'niger', 'nigeria', 'norway', 'oman', 'pakistan', 'panama',
  'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia', 'rwanda', 'senegal', 'serbia',
  'singapore', 'slovakia', 'slovenia', 'somalia', 'spain', 'sudan', 'sweden', 'switzerland', 'syria', 'taiwan',
  'tajikistan', 'tanzania', 'thailand', 'tunisia', 'turkey', 'uganda', 'ukraine', 'uruguay', 'uzbekistan',
  'venezuela', 'vietnam', 'yemen', 'yugoslavia', 'zambia', 'zimbabwe', 'britain', 'england', 'scotland', 'wales',
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'ohio',
  'oklahoma', 'oregon', 'pennsylvania', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'wisconsin', 'wyoming',
  // Capitals and large cities that are nobody's common surname: a run ending in one is a place (`Little Havana`)
  // or an organisation of it. Cities that are also common surnames (`Houston`, `Lincoln`) are left out.
  'havana', 'moscow', 'beijing', 'peking', 'tokyo', 'paris', 'madrid', 'rome', 'athens', 'cairo', 'baghdad', 'tehran',
  'kabul', 'islamabad', 'delhi', 'mumbai', 'bombay', 'karachi', 'lahore', 'dhaka', 'bangkok', 'jakarta', 'manila',
  'seoul', 'pyongyang', 'taipei', 'shanghai', 'guangzhou', 'shenzhen', 'tianjin', 'chongqing', 'wuhan', 'nanjing',
  'hangzhou', 'chengdu', 'xian', "xi'an", 'harbin', 'lhasa', 'urumqi', 'macau', 'macao', 'luoyang', 'zhengzhou',
  'shenyang', 'dalian', 'qingdao', 'xiamen', 'kunming', 'saigon', 'vientiane', 'yangon', 'rangoon', 'kathmandu',
  'colombo', 'tashkent', 'almaty', 'astana', 'bishkek', 'dushanbe', 'ashgabat', 'baku', 'tbilisi', 'yerevan',
  'ankara', 'istanbul', 'damascus', 'beirut', 'amman', 'jerusalem', 'riyadh', 'jeddah', 'mecca', 'doha', 'dubai',
  'muscat', 'sanaa', 'khartoum', 'tripoli', 'tunis', 'algiers', 'rabat', 'casablanca', 'dakar', 'lagos', 'abuja',
  'accra', 'nairobi', 'mogadishu', 'kampala', 'kigali', 'kinshasa', 'luanda', 'harare', 'lusaka', 'pretoria',
  'johannesburg', 'soweto', 'durban', 'maputo', 'windhoek', 'gaborone', 'kiev', 'kyiv', 'minsk', 'warsaw',
  'prague', 'vienna', 'budapest', 'bucharest', 'belgrade', 'zagreb', 'sarajevo', 'ljubljana', 'skopje', 'tirana',
  'lisbon', 'dublin', 'edinburgh', 'cardiff', 'belfast', 'brussels', 'amsterdam', 'rotterdam', 'geneva', 'zurich',
  'copenhagen', 'stockholm', 'oslo', 'helsinki', 'reykjavik', 'tallinn', 'riga', 'vilnius', 'leningrad',
  'vladivostok', 'ottawa', 'toronto', 'montreal', 'vancouver', 'quebec', 'calgary', 'guadalajara', 'monterrey',
  'managua', 'tegucigalpa', 'bogota', 'caracas', 'quito', 'montevideo', 'asuncion', 'brasilia', 'canberra',
  'melbourne', 'auckland', 'chicago', 'boston', 'philadelphia', 'detroit', 'atlanta', 'miami', 'seattle',
  'denver', 'dallas', 'baltimore', 'pittsburgh', 'cincinnati', 'milwaukee', 'minneapolis', 'sacramento', 'osaka',
  'kyoto', 'hiroshima', 'nagasaki', 'yokohama', 'kobe', 'busan', 'liverpool', 'glasgow', 'frankfurt', 'munich',
  'hamburg', 'cologne', 'bonn', 'milan', 'naples', 'venice', 'turin', 'barcelona', 'seville', 'marseille', 'lyon',
  'ann arbor', 'baton rouge', 'santa fe', 'el paso', 'corpus christi', 'des moines', 'fort lauderdale', 'palm beach',
  'palm springs', 'long beach', 'virginia beach', 'colorado springs', 'kansas city', 'oklahoma city', 'salt lake city',
  'carson city', 'jersey city', 'atlantic city', 'grand rapids', 'little rock', 'green bay', 'chapel hill',
  'boca raton', 'coral gables', 'cedar rapids', 'sioux falls', 'la jolla', 'san juan', 'santa cruz', 'santa ana',
  'los alamos', 'new haven', 'new brunswick', 'sherman oaks', 'thousand oaks', 'st. petersburg',
  'manhattan', 'brooklyn', 'harlem', 'queens', 'bronx', 'hollywood', 'beverly hills', 'tijuana', 'juarez',
];

/**
 * Nouns that open the name of a place or building and may be followed by a given name: `Temple Beth El`,
 * `Santa Ana Pueblo`, `Fort Worth`, `Mount Hope`. Before a name they make it a place, not a title.
 */
export const PLACE_NOUNS = [
  'temple', 'church', 'chapel', 'cathedral', 'mosque', 'synagogue', 'santa', 'san', 'saint', 'fort', 'mount', 'lake',
  'port', 'camp', 'cape', 'avenue', 'boulevard', 'street', 'park', 'school', 'college', 'university', 'hospital',
  'museum', 'library', 'hotel', 'theater', 'theatre', 'stadium', 'arena', 'center', 'centre', 'hall', 'house',
];
