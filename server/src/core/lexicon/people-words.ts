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
  'officer', 'regent', 'president-elect', 'vice-president', 'vice-premier', 'vice-chairman', 'evp', 'svp', 'vp',
  // Plurals before a list of names: `Sens. Bob Dole and …`, `Messrs. Smith and Jones`.
  'sens.', 'reps.', 'messrs.', 'drs.',
];

/**
 * Personal titles that stand before a surname alone (`President Clinton`, `Mr. Li`, `Sen. Dole`): such a mention names
 * a person even where the story never gives the full name. Not `general`, `chief`, `state`, `justice`, `captain`, `lady`,
 * which also open names of firms, offices and characters (`General Motors`, `Justice Department`).
 */
export const SURNAME_TITLES = [
  'mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'prof.', 'professor', 'sen.', 'senator', 'rep.', 'gov.', 'governor', 'gen.', 'lt.',
  'col.', 'capt.', 'sgt.', 'adm.', 'maj.', 'cmdr.', 'rev.', 'colonel', 'admiral', 'president', 'premier', 'minister',
  'chancellor', 'mayor', 'ambassador', 'king', 'queen', 'prince', 'princess', 'emperor', 'pope', 'sheikh', 'judge',
  'comrade', 'sir', 'dame', 'lord', 'ayatollah', 'rabbi', 'imam', 'cardinal', 'bishop', 'archbishop', 'chairman',
  'congressman', 'congresswoman', 'secretary',
];

/** Given names borne by men and women alike (`Robin Leigh-Pemberton`, `Lesley Stahl`): they tell no gender. */
export const UNISEX_GIVEN_NAMES = ['robin', 'jan', 'lee', 'kim', 'chris', 'pat', 'terry', 'leslie', 'lesley', 'jean', 'dana',
  'jamie', 'jordan', 'taylor', 'morgan', 'casey', 'carol', 'sandy', 'kelly', 'shannon', 'tracy', 'stacy', 'jody', 'jess',
  'sam', 'alex', 'andrea', 'toni', 'billie', 'frankie', 'jackie', 'bobbie', 'marion', 'evelyn', 'shirley', 'vivian'];

/** Courtesy titles that tell the gender. */
export const MALE_TITLES = ['mr.', 'mr', 'king', 'prince', 'sir', 'lord', 'father', 'emperor', 'sheikh', 'chairman', 'spokesman', 'congressman', 'councilman'];
export const FEMALE_TITLES = ['mrs.', 'mrs', 'ms.', 'ms', 'queen', 'princess', 'dame', 'lady', 'sister', 'chairwoman', 'spokeswoman', 'congresswoman', 'councilwoman'];

/** Family names that come first: `Xi Jinping` is later `Xi`. Used only when the article never shows which. */
export const FAMILY_NAME_FIRST = [
  'xi', 'li', 'wang', 'zhang', 'liu', 'chen', 'yang', 'zhao', 'huang', 'zhou', 'wu', 'xu', 'sun', 'hu', 'zhu',
  'gao', 'lin', 'he', 'guo', 'ma', 'luo', 'liang', 'song', 'zheng', 'xie', 'han', 'tang', 'feng', 'yu', 'dong',
  'xiao', 'cheng', 'cao', 'yuan', 'deng', 'fu', 'shen', 'zeng', 'peng', 'lu', 'su', 'jiang', 'cai', 'jia', 'ding',
  'wei', 'ye', 'pan', 'du', 'dai', 'wen', 'qian', 'tian', 'kong', 'mao', 'bo', 'hua', 'ren', 'yao', 'qin', 'qiu',
  'kim', 'park', 'lee', 'choi', 'jung', 'moon', 'yoon', 'kang', 'cho', 'yoo', 'shin', 'ahn', 'hun', 'lam', 'tsang',
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'vo', 'ngo', 'zhu', 'jin', 'bai', 'shi', 'lei', 'hou', 'meng', 'long',
];

/** Common family names: evidence that `Elian Gonzalez` is a person even when the given name is unknown. */
export const COMMON_SURNAMES = [
  'smith', 'johnson', 'williams', 'brown', 'jones', 'miller', 'davis', 'wilson', 'anderson', 'taylor', 'moore',
  'jackson', 'martin', 'thompson', 'harris', 'clark', 'lewis', 'robinson', 'walker', 'young', 'allen', 'wright',
  'hill', 'green', 'adams', 'nelson', 'baker', 'hall', 'campbell', 'mitchell', 'carter', 'roberts', 'phillips',
  'evans', 'turner', 'parker', 'collins', 'edwards', 'stewart', 'morris', 'murphy', 'cook', 'rogers', 'morgan',
  'cooper', 'peterson', 'reed', 'bailey', 'bell', 'kelly', 'howard', 'ward', 'cox', 'richardson', 'wood', 'watson',
  'brooks', 'bennett', 'gray', 'james', 'hughes', 'price', 'myers', 'long', 'foster', 'sanders', 'ross', 'powell',
  'sullivan', 'russell', 'perry', 'butler', 'barnes', 'fisher', 'henderson', 'coleman', 'simmons', 'patterson',
  'jordan', 'reynolds', 'hamilton', 'graham', 'wallace', 'cole', 'west', 'stone', 'hayes', 'gibson', 'ellis',
  'simpson', 'stevens', 'tucker', 'porter', 'hunter', 'hicks', 'crawford', 'boyd', 'mason', 'warren', 'dixon',
  'burns', 'gordon', 'shaw', 'holmes', 'rice', 'hunt', 'black', 'daniels', 'palmer', 'mills', 'grant', 'knight',
  'ferguson', 'rose', 'hawkins', 'dunn', 'perkins', 'spencer', 'gardner', 'payne', 'pierce', 'berry', 'matthews',
  'arnold', 'wagner', 'willis', 'watkins', 'olson', 'carroll', 'duncan', 'snyder', 'hart', 'cunningham', 'bradley',
  'lane', 'andrews', 'ruiz', 'harper', 'fox', 'riley', 'armstrong', 'carpenter', 'weaver', 'greene', 'lawrence',
  'elliott', 'chavez', 'sims', 'austin', 'peters', 'kelley', 'franklin', 'lawson', 'fields', 'ryan', 'schmidt',
  'garcia', 'rodriguez', 'martinez', 'hernandez', 'lopez', 'gonzalez', 'perez', 'sanchez', 'ramirez', 'torres',
  'flores', 'rivera', 'gomez', 'diaz', 'reyes', 'morales', 'cruz', 'ortiz', 'gutierrez', 'ramos', 'castillo',
  'jimenez', 'vasquez', 'moreno', 'romero', 'alvarez', 'mendoza', 'castro', 'vargas', 'herrera', 'medina', 'aguilar',
  'fernandez', 'guzman', 'munoz', 'rojas', 'silva', 'santos', 'pereira', 'oliveira', 'costa', 'rossi', 'russo',
  'ferrari', 'esposito', 'bianchi', 'romano', 'muller', 'schneider', 'fischer', 'weber', 'meyer', 'becker',
  'schulz', 'hoffmann', 'koch', 'richter', 'klein', 'wolf', 'schroeder', 'neumann', 'dubois', 'durand', 'lefebvre',
  'moreau', 'laurent', 'simon', 'michel', 'ivanov', 'smirnov', 'kuznetsov', 'popov', 'petrov', 'sokolov', 'volkov',
  'cohen', 'levy', 'levin', 'katz', 'friedman', 'goldberg', 'shapiro', 'khan', 'ahmed', 'hussain', 'ali', 'hassan',
  'ibrahim', 'mohammed', 'abdullah', 'singh', 'kumar', 'sharma', 'patel', 'gupta', 'das', 'rao', 'reddy', 'tanaka',
  'suzuki', 'sato', 'watanabe', 'takahashi', 'yamamoto', 'nakamura', 'kobayashi', 'o\'brien', 'o\'connor', 'kennedy',
  'murray', 'quinn', 'walsh', 'byrne', 'mccarthy', 'mcdonald', 'doyle', 'burke', 'gallagher', 'nixon',];

/** Surnames that are also ordinary words (`Oliver North`, `Malcolm English`): a surname only after a given name. */
export const WORD_SURNAMES = ['north', 'west', 'church', 'rivers', 'banks', 'street', 'ford', 'english', 'hall', 'alley'];

/** Lower-case role nouns that may stand right before a name: `climate scientist John Houghton`. */
export const ROLE_NOUNS = [
  'adviser', 'advisor', 'analyst', 'author', 'cartographer', 'coach', 'cofounder', 'co-founder', 'columnist',
  'commentator', 'counterpart', 'counselor', 'economist', 'editor', 'engineer', 'expert', 'founder', 'historian',
  'inmate', 'journalist', 'lawyer', 'attorney', 'leader', 'manager', 'novelist', 'official', 'owner', 'physician',
  'player', 'politician', 'producer', 'professor', 'researcher', 'scientist', 'singer', 'actor', 'actress',
  'spokesman', 'spokeswoman', 'spokesperson', 'strategist', 'student', 'suspect', 'teacher', 'vaulter', 'writer',
  'artist', 'athlete', 'broker', 'candidate', 'chemist', 'consultant', 'correspondent', 'defendant', 'deputy',
  'director', 'doctor', 'envoy', 'executive', 'farmer', 'guard', 'honoree', 'investor', 'judge', 'lawmaker',
  'mayor', 'minister', 'negotiator', 'nominee', 'officer', 'partner', 'pilot', 'co-pilot', 'copilot', 'president',
  'prosecutor', 'psychologist', 'rapper', 'reporter', 'resident', 'senator', 'sheriff', 'soldier', 'victim',
  'widow', 'worker', 'chairman', 'chairwoman', 'chief', 'ceo', 'head', 'secretary', 'governor', 'dissident',
  'activist', 'architect', 'banker', 'businessman', 'businesswoman', 'entrepreneur', 'tycoon', 'millionaire',
  'billionaire', 'comedian', 'composer', 'designer', 'diplomat', 'novelist', 'poet', 'priest', 'rabbi', 'monk',
  'boss', 'warlord', 'kingpin', 'mobster', 'gangster', 'chieftain', 'militant', 'commander', 'captain', 'colonel',
  'forecaster', 'critic', 'protester', 'demonstrator', 'organizer', 'organiser', 'coordinator', 'supervisor',
  'superintendent', 'commissioner', 'administrator', 'planner', 'specialist', 'technician', 'instructor', 'lecturer',
  'graduate', 'classmate', 'colleague', 'cousin', 'uncle', 'aunt',
  'nephew', 'niece', 'grandson', 'granddaughter', 'wife', 'husband', 'fiancee', 'fiance', 'girlfriend', 'boyfriend', 'spouse', 'widower', 'mp', 'legislator', 'councillor',
  'councilor', 'trustee', 'treasurer', 'auditor', 'clerk', 'pastor', 'minister', 'bishop', 'imam', 'cleric', 'nurse',
  'surgeon', 'dentist', 'pharmacist', 'veterinarian', 'therapist', 'counsel', 'solicitor', 'barrister', 'detective',
  'inspector', 'sergeant', 'constable', 'trooper', 'agent', 'scholar', 'physicist', 'biologist', 'geologist',
  'astronomer', 'archaeologist', 'anthropologist', 'sociologist', 'epidemiologist', 'climatologist', 'meteorologist',
];

/** Ordinary words that open sentences or phrases in capitals and never begin a name: `At Moderna`, `The U.N.`. */
export const NOT_NAME_START = [
  'a', 'an', 'the', 'at', 'in', 'on', 'of', 'for', 'from', 'to', 'by', 'with', 'without', 'about', 'after', 'before',
  'during', 'since', 'until', 'under', 'over', 'into', 'onto', 'upon', 'between', 'among', 'through', 'across',
  'against', 'toward', 'towards', 'via', 'per', 'like', 'unlike', 'as', 'and', 'but', 'or', 'nor', 'so', 'yet', 'if',
  'when', 'while', 'where', 'whether', 'because', 'although', 'though', 'unless', 'once', 'then', 'than', 'that',
  'this', 'these', 'those', 'there', 'here', 'it', 'its', 'i', 'we', 'you', 'he', 'she', 'they', 'our', 'your', 'his',
  'her', 'their', 'my', 'me', 'us', 'them', 'who', 'what', 'which', 'why', 'how', 'all', 'any', 'some', 'many', 'most',
  'more', 'much', 'few', 'several', 'each', 'every', 'both', 'either', 'neither', 'no', 'not', 'none', 'only', 'also',
  'even', 'just', 'still', 'now', 'today', 'yesterday', 'tomorrow', 'last', 'next', 'earlier', 'later', 'meanwhile',
  'however', 'moreover', 'furthermore', 'instead', 'indeed', 'therefore', 'thus', 'yes', 'dear', 'please', 'read',
  'learn', 'visit', 'view', 'contact', 'note', 'see', 'follow', 'join', 'says', 'said', 'according', 'speaking',
  'asked', 'among', 'one', 'two', 'three', 'four', 'five', 'other', 'another', 'such', 'forget', 'count',
  'commenting', 'citing', 'reporting', 'born', 'founded', 'headquartered', 'based', 'recognized', 'experience',
  'mea', 'bored', 'common', 'former', 'late',
  // Auxiliaries that open questions (`Did Clinton lie?`) and sentence adverbs (`Somehow Callisto …`).
  'did', 'does', 'do', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'would', 'could', 'should', 'might',
  'must', 'shall', 'somehow', 'perhaps', 'maybe', 'sometimes', 'often', 'never', 'always', 'already', 'again',
  'soon', 'recently', 'finally', 'eventually', 'apparently', 'clearly', 'certainly', 'obviously', 'unfortunately',
  'fortunately', 'ironically', 'together', 'anyway', 'otherwise', 'nevertheless', 'nonetheless', 'besides',
  'hence', 'accordingly', 'similarly', 'likewise', 'overall', 'currently', 'initially', 'originally',
  'ultimately', 'especially', 'particularly', 'actually', 'really', 'simply', 'nearly', 'almost', 'then',
  'alongside', 'ask', 'tell', 'let', 'meet', 'welcome', 'congratulations', 'thanks', 'watch', 'listen', 'remember', 'imagine',
];

/** Words after a name that end it: `Bill Clinton Thursday`, `Arafat today`. */
export const TIME_WORDS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tonight', 'yesterday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  // `jan` without its period is left out: it is a given name too (`Jan Kaminski`).
  'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec',
];

/** Generational suffixes: part of the full name, never the surname. */
export const NAME_SUFFIXES = ['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv'];

/** Particles inside a name: `de la Cruz`, `von der Leyen`, `bin Salman`. */
export const NAME_PARTICLES = ['de', 'la', 'le', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'abu', 'y', 'e', 'st.', "d'"];

export { MALE_GIVEN_NAMES, FEMALE_GIVEN_NAMES } from './given-names';

/** Personal pronouns that can refer back to a person, with their gender. */
export const PRONOUNS: Record<string, 'male' | 'female'> = {
  he: 'male', him: 'male', his: 'male', himself: 'male',
  she: 'female', her: 'female', hers: 'female', herself: 'female',
};

/**
 * Plural nouns for people who speak for an office or a trade: after an inverted verb, such a bare plural is the
 * speaker (`…, said state officials.`).
 */
export const SPOKESPEOPLE_PLURALS = [
  'officials', 'sources', 'analysts', 'experts', 'authorities', 'police', 'witnesses', 'residents', 'diplomats',
  'economists', 'traders', 'dealers', 'brokers', 'spokesmen', 'investigators', 'researchers', 'scientists', 'doctors',
  'observers', 'organizers', 'organisers', 'officers', 'lawyers', 'prosecutors', 'executives', 'bankers', 'leaders',
  'aides', 'negotiators', 'activists', 'participants', 'lawmakers', 'legislators', 'regulators',
];

/**
 * Plural nouns for people who speak for an office, a trade or a place (`officials`, `analysts`, `residents`): what
 * `they said` most often refers back to, before a country or an organisation named nearby.
 */
export const PLURAL_SOURCE_NOUNS: ReadonlySet<string> = new Set([
  ...SPOKESPEOPLE_PLURALS,
  'policemen', 'attorneys', 'ministers', 'delegates', 'representatives', 'workers', 'farmers', 'villagers',
  'soldiers', 'troops', 'rebels', 'militants', 'protesters', 'demonstrators', 'students', 'teachers', 'parents',
  'critics', 'supporters', 'opponents', 'members', 'employees', 'managers', 'investors', 'shareholders', 'voters',
  'citizens', 'people', 'relatives', 'survivors', 'victims', 'fishermen', 'merchants', 'shopkeepers', 'physicians',
  'nurses', 'engineers', 'specialists', 'advisers', 'advisors', 'consultants', 'planners', 'judges', 'senators',
  'congressmen', 'republicans', 'democrats', 'environmentalists', 'conservationists', 'creators', 'producers',
  'scholars', 'historians', 'journalists', 'reporters', 'editors', 'commanders', 'generals', 'guards', 'rescuers',
  'firefighters', 'businessmen', 'businesspeople', 'conservatives', 'liberals', 'moderates', 'hardliners',
  'dissidents', 'pilots', 'crews', 'coaches', 'players', 'fans', 'owners', 'landlords', 'tenants', 'passengers',
  'inspectors', 'monitors', 'mediators', 'envoys', 'ambassadors',
]);
