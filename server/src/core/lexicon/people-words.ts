// Word lists the people recogniser relies on. They are data: a house style or `.wirecheckrc.json` extends them.

/** Titles and roles that introduce a person: `President Xi Jinping`, `spokesperson Wang Wenbin`. */
export const TITLE_WORDS = [
  'president', 'vice', 'premier', 'prime', 'minister', 'chancellor', 'chairman', 'chairwoman', 'chair', 'chairperson',
  'secretary', 'general', 'governor', 'gov.', 'senator', 'sen.', 'representative', 'rep.', 'mayor', 'ambassador',
  'envoy', 'king', 'queen', 'prince', 'princess', 'emperor', 'pope', 'cardinal', 'bishop', 'archbishop', 'sheikh',
  'comrade', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'professor', 'judge', 'justice', 'gen.', 'lt.', 'col.', 'capt.',
  'sgt.', 'adm.', 'maj.', 'cmdr.', 'colonel', 'captain', 'admiral', 'major', 'lieutenant', 'commander', 'marshal',
  'spokesman', 'spokeswoman', 'spokesperson', 'director', 'director-general', 'chief', 'executive', 'officer',
  'ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'head', 'leader', 'deputy', 'assistant', 'adviser',
  'advisor', 'counselor', 'attorney', 'lawyer', 'analyst', 'economist', 'coach', 'manager', 'partner', 'principal',
  'speaker', 'commissioner', 'inspector', 'superintendent', 'dean', 'rector', 'provost', 'councillor', 'councilor',
  'lawmaker', 'legislator', 'diplomat', 'official', 'sir', 'dame', 'lord', 'lady', 'rev.', 'father', 'sister',
  'rabbi', 'imam', 'ayatollah', 'dalai', 'gov', 'sen', 'rep', 'dr', 'mr', 'mrs', 'ms', 'prof', 'state', 'councilman',
  'councilwoman', 'congressman', 'congresswoman', 'delegate', 'consul', 'member', 'sheriff', 'detective',
  'officer', 'president-elect', 'vice-president', 'vice-premier', 'vice-chairman', 'evp', 'svp', 'vp',
];

/** Courtesy titles that tell the gender. */
export const MALE_TITLES = ['mr.', 'mr', 'king', 'prince', 'sir', 'lord', 'father', 'emperor', 'sheikh', 'chairman', 'spokesman', 'congressman', 'councilman'];
export const FEMALE_TITLES = ['mrs.', 'mrs', 'ms.', 'ms', 'queen', 'princess', 'dame', 'lady', 'sister', 'chairwoman', 'spokeswoman', 'congresswoman', 'councilwoman'];

/** Words that make a capitalised run an organisation, a place or a thing rather than a person. */
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
];

/** Family names that come first: `Xi Jinping` is later `Xi`. Used only when the article never shows which. */
export const FAMILY_NAME_FIRST = [
  'xi', 'li', 'wang', 'zhang', 'liu', 'chen', 'yang', 'zhao', 'huang', 'zhou', 'wu', 'xu', 'sun', 'hu', 'zhu',
  'gao', 'lin', 'he', 'guo', 'ma', 'luo', 'liang', 'song', 'zheng', 'xie', 'han', 'tang', 'feng', 'yu', 'dong',
  'xiao', 'cheng', 'cao', 'yuan', 'deng', 'fu', 'shen', 'zeng', 'peng', 'lu', 'su', 'jiang', 'cai', 'jia', 'ding',
  'wei', 'ye', 'pan', 'du', 'dai', 'wen', 'qian', 'tian', 'kong', 'mao', 'bo', 'hua', 'ren', 'yao', 'qin', 'qiu',
  'kim', 'park', 'lee', 'choi', 'jung', 'moon', 'yoon', 'kang', 'cho', 'yoo', 'shin', 'ahn', 'hun', 'lam', 'tsang',
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'vo', 'ngo', 'zhu', 'jin', 'bai', 'shi', 'lei', 'hou', 'meng', 'long',
];

/** Particles inside a name: `de la Cruz`, `von der Leyen`, `bin Salman`. */
export const NAME_PARTICLES = ['de', 'la', 'le', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'abu', 'y', 'e', 'st.', "d'"];

/** Common given names with their usual gender, for `Jane Doe` with no title. */
export const MALE_GIVEN_NAMES = [
  'james', 'john', 'robert', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'charles', 'christopher',
  'daniel', 'matthew', 'anthony', 'mark', 'donald', 'steven', 'paul', 'andrew', 'joshua', 'kenneth', 'kevin', 'brian',
  'george', 'edward', 'ronald', 'timothy', 'jason', 'jeffrey', 'ryan', 'jacob', 'gary', 'nicholas', 'eric', 'jonathan',
  'stephen', 'larry', 'justin', 'scott', 'brandon', 'benjamin', 'samuel', 'frank', 'gregory', 'raymond', 'alexander',
  'patrick', 'jack', 'dennis', 'jerry', 'tyler', 'aaron', 'jose', 'henry', 'adam', 'douglas', 'nathan', 'peter',
  'zachary', 'kyle', 'walter', 'harold', 'jeremy', 'ethan', 'carl', 'keith', 'roger', 'gerald', 'christian', 'terry',
  'sean', 'arthur', 'austin', 'noah', 'lawrence', 'jesse', 'joe', 'bryan', 'billy', 'jordan', 'albert', 'dylan',
  'bruce', 'willie', 'gabriel', 'alan', 'juan', 'logan', 'wayne', 'ralph', 'roy', 'eugene', 'randy', 'vincent',
  'russell', 'louis', 'philip', 'bobby', 'johnny', 'bradley', 'brad', 'bob', 'bill', 'jim', 'tom', 'mike', 'steve',
  'miguel', 'raul', 'carlos', 'luis', 'jorge', 'pedro', 'fidel', 'hugo', 'vladimir', 'dmitry', 'sergei', 'boris',
  'mikhail', 'ivan', 'yuri', 'hans', 'klaus', 'helmut', 'gerhard', 'jacques', 'francois', 'emmanuel', 'nicolas',
  'pierre', 'giuseppe', 'silvio', 'matteo', 'mario', 'ali', 'mohammed', 'muhammad', 'ahmed', 'hassan', 'hussein',
  'benjamin', 'yitzhak', 'shimon', 'ehud', 'ariel', 'narendra', 'rahul', 'shinzo', 'junichiro', 'yoshihide', 'fumio',
  'nelson', 'kofi', 'ban', 'antonio', 'recep', 'tayyip', 'justin', 'barack', 'joe', 'bill', 'al', 'newt', 'ted',
  'chuck', 'mitch', 'nancy', 'boris', 'tony', 'gordon', 'keir', 'rishi', 'olaf', 'gustavo', 'andres', 'manuel',
];
export const FEMALE_GIVEN_NAMES = [
  'mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'sarah', 'karen', 'lisa',
  'nancy', 'betty', 'margaret', 'sandra', 'ashley', 'kimberly', 'emily', 'donna', 'michelle', 'carol', 'amanda',
  'dorothy', 'melissa', 'deborah', 'stephanie', 'rebecca', 'sharon', 'laura', 'cynthia', 'kathleen', 'amy', 'angela',
  'shirley', 'anna', 'brenda', 'pamela', 'emma', 'nicole', 'helen', 'samantha', 'katherine', 'christine', 'debra',
  'rachel', 'carolyn', 'janet', 'catherine', 'maria', 'heather', 'diane', 'ruth', 'julie', 'olivia', 'joyce',
  'virginia', 'victoria', 'kelly', 'lauren', 'christina', 'joan', 'evelyn', 'judith', 'megan', 'andrea', 'cheryl',
  'hannah', 'jacqueline', 'martha', 'gloria', 'teresa', 'ann', 'sara', 'madison', 'frances', 'kathryn', 'janice',
  'jean', 'abigail', 'alice', 'judy', 'sophia', 'grace', 'denise', 'amber', 'doris', 'marilyn', 'danielle', 'beverly',
  'isabella', 'theresa', 'diana', 'natalie', 'brittany', 'charlotte', 'marie', 'kayla', 'alexis', 'lori', 'jane',
  'hillary', 'condoleezza', 'madeleine', 'angela', 'theresa', 'ursula', 'christine', 'kamala', 'indira', 'benazir',
  'golda', 'margaret', 'sonia', 'aung', 'yingluck', 'tsai', 'carrie', 'jacinda', 'giorgia', 'marine', 'segolene',
  'michele', 'dilma', 'cristina', 'michelle', 'laura', 'melania', 'jill', 'nikki', 'elizabeth', 'liz', 'kate',
];

/** Personal pronouns that can refer back to a person, with their gender. */
export const PRONOUNS: Record<string, 'male' | 'female'> = {
  he: 'male', him: 'male', his: 'male', himself: 'male',
  she: 'female', her: 'female', hers: 'female', herself: 'female',
};
