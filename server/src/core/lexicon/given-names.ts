// Common given names with their usual gender. They are evidence that a capitalised pair is a person
// (`Wayne Jones` with no title) and tell which pronoun fits. Data: extend, do not special-case.

export const MALE_GIVEN_NAMES = [
  // English
  'aaron', 'adam', 'adrian', 'alan', 'albert', 'alec', 'alex', 'alexander', 'alfred', 'allen', 'andrew', 'andy', 'anthony',
  'arnold', 'arthur', 'austin', 'barry', 'ben', 'benjamin', 'bernard', 'bill', 'billy', 'bob', 'bobby', 'brad', 'bradley',
  'brandon', 'brent', 'brett', 'brian', 'brock', 'bruce', 'bryan', 'calvin', 'carl', 'carlton', 'chad', 'charles',
  'charlie', 'chris', 'christian', 'christopher', 'chuck', 'clarence', 'clark', 'clifford', 'clint', 'colin', 'craig',
  'curtis', 'dale', 'dan', 'daniel', 'danny', 'darrell', 'darren', 'dave', 'david', 'dean', 'dennis', 'derek', 'dick',
  'don', 'donald', 'doug', 'douglas', 'duane', 'dustin', 'dwight', 'dylan', 'earl', 'ed', 'eddie', 'edgar', 'edward',
  'edwin', 'elliott', 'eric', 'ernest', 'ethan', 'eugene', 'evan', 'frank', 'franklin', 'fred', 'frederick', 'gary',
  'gene', 'geoffrey', 'george', 'gerald', 'gil', 'glenn', 'gordon', 'graham', 'grant', 'greg', 'gregory', 'harold',
  'harry', 'harvey', 'henry', 'herbert', 'howard', 'hugh', 'ian', 'jack', 'jacob', 'jake', 'james', 'jamie', 'jason',
  'jay', 'jeff', 'jeffrey', 'jeremy', 'jerome', 'jerry', 'jesse', 'jim', 'jimmy', 'joe', 'joel', 'john', 'johnny',
  'jon', 'jonathan', 'jordan', 'joseph', 'josh', 'joshua', 'justin', 'keith', 'ken', 'kenneth', 'kevin', 'kirk', 'kyle',
  'lance', 'larry', 'lawrence', 'lee', 'leon', 'leonard', 'leroy', 'lewis', 'lloyd', 'logan', 'lou', 'louis', 'lucas',
  'luke', 'malcolm', 'marc', 'marcus', 'mark', 'marshall', 'martin', 'marvin', 'matt', 'matthew', 'maurice', 'max',
  'melvin', 'michael', 'mike', 'mitch', 'mitchell', 'nathan', 'neil', 'newt', 'nicholas', 'nick', 'noah', 'norman',
  'oliver', 'oscar', 'owen', 'patrick', 'paul', 'perry', 'pete', 'peter', 'phil', 'philip', 'phillip', 'ralph',
  'randall', 'randy', 'ray', 'raymond', 'reginald', 'rex', 'rich', 'richard', 'rick', 'ricky', 'rob', 'robert', 'rodney',
  'roger', 'ron', 'ronald', 'ross', 'roy', 'russell', 'ryan', 'sam', 'samuel', 'scott', 'sean', 'seth', 'shane', 'shawn',
  'sidney', 'simon', 'stanley', 'stephen', 'steve', 'steven', 'stewart', 'stuart', 'ted', 'terry', 'theodore', 'thomas',
  'tim', 'timothy', 'todd', 'tom', 'tommy', 'tony', 'travis', 'trent', 'troy', 'tyler', 'vernon', 'victor', 'vince',
  'vincent', 'wade', 'walt', 'walter', 'warren', 'wayne', 'wesley', 'will', 'william', 'willie', 'zachary', 'scotty', 'pat', 'al', 'gil', 'marty', 'ned', 'abe',
  'barack', 'rishi', 'keir', 'boris', 'nigel', 'tony', 'gordon', 'rupert', 'alistair', 'angus', 'hamish', 'declan',
  // Spanish, Portuguese, Italian, French
  'alberto', 'alejandro', 'alfonso', 'alvaro', 'andres', 'angel', 'antonio', 'armando', 'arturo', 'carlos', 'cesar',
  'diego', 'eduardo', 'emilio', 'enrique', 'ernesto', 'esteban', 'felipe', 'fernando', 'fidel', 'francisco', 'gabriel',
  'gerardo', 'gonzalo', 'guillermo', 'gustavo', 'hector', 'hugo', 'ignacio', 'isaias', 'jaime', 'javier', 'jesus',
  'joaquin', 'jorge', 'jose', 'juan', 'julio', 'lazaro', 'leonel', 'lorenzo', 'luis', 'manuel', 'marcelo', 'mario',
  'mauricio', 'miguel', 'nestor', 'nicolas', 'octavio', 'oscar', 'pablo', 'pedro', 'rafael', 'ramiro', 'ramon', 'raul',
  'ricardo', 'roberto', 'rodrigo', 'salvador', 'santiago', 'sergio', 'vicente', 'joao', 'luiz', 'paulo', 'alcibiades',
  'giuseppe', 'giovanni', 'luca', 'marco', 'massimo', 'matteo', 'paolo', 'romano', 'silvio', 'stefano', 'umberto',
  'alain', 'andre', 'bernard', 'christophe', 'claude', 'didier', 'edouard', 'emmanuel', 'francois', 'gerard', 'henri',
  'jacques', 'jean', 'laurent', 'lionel', 'lucien', 'michel', 'olivier', 'philippe', 'pierre', 'rene', 'thierry', 'yves',
  // German, Dutch, Nordic
  'dieter', 'frank', 'friedrich', 'gerhard', 'gunter', 'hans', 'heinz', 'helmut', 'horst', 'jurgen', 'karl', 'klaus',
  'kurt', 'manfred', 'olaf', 'rolf', 'rudolf', 'stefan', 'uwe', 'wolfgang', 'jan', 'pieter', 'willem', 'lars', 'nils',
  'anders', 'erik', 'henrik', 'jens', 'sven', 'bjorn',
  // Slavic
  'aleksandr', 'alexei', 'anatoly', 'andrei', 'boris', 'dmitry', 'dmitri', 'evgeny', 'igor', 'ivan', 'leonid', 'mikhail',
  'nikolai', 'oleg', 'pavel', 'sergei', 'sergey', 'valery', 'viktor', 'vladimir', 'vladislav', 'yevgeny', 'yuri',
  'lech', 'tomasz', 'vaclav', 'slobodan', 'zoran', 'viktor', 'volodymyr', 'petro',
  // Arabic, Persian, Turkish, Hebrew
  'abdel', 'abdul', 'abdullah', 'ahmad', 'ahmed', 'ali', 'amr', 'anwar', 'ayman', 'bashar', 'fahd', 'faisal', 'gameel',
  'hamad', 'hamid', 'hassan', 'hosni', 'hussein', 'ibrahim', 'ismail', 'jamal', 'kamal', 'khaled', 'khalid', 'khalil',
  'mahmoud', 'mohamed', 'mohammad', 'mohammed', 'muhammad', 'mustafa', 'nabil', 'omar', 'osama', 'rashid', 'saddam',
  'salah', 'salman', 'sami', 'tariq', 'walid', 'yasser', 'youssef', 'mondher', 'recep', 'tayyip', 'ahmet',
  'mehmet', 'mustafa', 'akbar', 'hassan', 'mahbubul', 'ariel', 'avraham', 'benjamin', 'binyamin', 'ehud', 'ezer',
  'moshe', 'shimon', 'yitzhak', 'yosef', 'danny', 'noham', 'natan', 'yair',
  // South Asian, African, East Asian given names used first
  'amit', 'arun', 'atal', 'narendra', 'rahul', 'rajiv', 'sanjay', 'vijay', 'manmohan', 'imran', 'nawaz', 'pervez',
  'kofi', 'nelson', 'thabo', 'jacob', 'cyril', 'olusegun', 'goodluck', 'uhuru', 'daniel', 'robert', 'yoweri', 'paul',
  'shinzo', 'junichiro', 'yoshihide', 'fumio', 'taro', 'ichiro', 'hiroshi', 'kenji', 'takeshi', 'ryutaro',
  // More names of public life: Central European, Balkan, post-Soviet, Turkish, Arab, South-East Asian, Latin American
  'ferdinand', 'ferdinando', 'fernand', 'leopold', 'rudolph', 'ludwig', 'otto', 'gustav', 'konrad', 'reinhold',
  'dietrich', 'ulrich', 'helmuth', 'siegfried', 'bernd', 'willy', 'willi', 'lothar', 'oskar', 'joschka', 'edmund',
  'edmond', 'casimir', 'kazimierz', 'jerzy', 'tadeusz', 'wojciech', 'zbigniew', 'stanislaw', 'bronislaw', 'miroslav',
  'zdenek', 'jiri', 'milos', 'dusan', 'goran', 'dragan', 'nikola', 'bogdan', 'vojislav', 'ivica', 'stjepan',
  'tomislav', 'franjo', 'alija', 'radovan', 'ratko', 'yegor', 'gennady', 'grigory', 'arkady', 'vitaly', 'valentin',
  'nikita', 'pyotr', 'ilya', 'kirill', 'stanislav', 'taras', 'vyacheslav', 'yaroslav', 'zurab', 'eduard',
  'nursultan', 'askar', 'heydar', 'ilham', 'levan', 'mikheil', 'giorgi', 'kemal', 'turgut', 'suleyman', 'bulent',
  'necmettin', 'abdelaziz', 'hafez', 'muammar', 'habib', 'karim', 'zulfikar', 'asif', 'jawaharlal', 'susilo',
  'mahathir', 'najib', 'thaksin', 'norodom', 'benigno', 'joko', 'jair', 'evo', 'ollanta', 'mariano', 'porfirio',
  'augusto', 'anastasio', 'efrain', 'jacobo', 'arnoldo', 'lucio', 'danilo', 'nayib',
];

export const FEMALE_GIVEN_NAMES = [
  'abigail', 'adrianne', 'alice', 'alicia', 'alison', 'allison', 'amanda', 'amber', 'amy', 'andrea', 'angela', 'anita',
  'ann', 'anna', 'anne', 'annie', 'april', 'ashley', 'audrey', 'barbara', 'beatrice', 'becky', 'beth', 'betty',
  'beverly', 'bonnie', 'brenda', 'brittany', 'candice', 'carla', 'carol', 'caroline', 'carolyn', 'carrie', 'catherine',
  'cathy', 'charlotte', 'cheryl', 'christina', 'christine', 'cindy', 'claire', 'claudia', 'colleen', 'connie',
  'courtney', 'crystal', 'cynthia', 'daisy', 'dana', 'danielle', 'dawn', 'debbie', 'deborah', 'debra', 'denise',
  'diana', 'diane', 'donna', 'doris', 'dorothy', 'edith', 'eileen', 'elaine', 'eleanor', 'elizabeth', 'ellen', 'emily',
  'emma', 'erica', 'erin', 'esther', 'evelyn', 'faye', 'frances', 'gail', 'gloria', 'grace', 'hagit', 'hannah',
  'heather', 'helen', 'hillary', 'holly', 'ilia', 'irene', 'jacqueline', 'jane', 'janet', 'janice', 'jean', 'jeanne',
  'jennifer', 'jessica', 'jill', 'joan', 'joanne', 'jo', 'josephine', 'joy', 'joyce', 'judith', 'judy', 'julia',
  'julie', 'karen', 'karina', 'karla', 'kate', 'katharine', 'katherine', 'kathleen', 'kathryn', 'kathy', 'katie',
  'kay', 'kelly', 'kim', 'kimberly', 'kristen', 'laura', 'lauren', 'leslie', 'linda', 'lisa', 'liz', 'lois', 'lori',
  'lorraine', 'louise', 'lucy', 'lynn', 'madeleine', 'madison', 'margaret', 'maria', 'marian', 'marie', 'marilyn',
  'marjorie', 'martha', 'mary', 'maureen', 'maurie', 'megan', 'melanie', 'melissa', 'michele', 'michelle', 'mildred',
  'molly', 'monica', 'nancy', 'natalie', 'nicole', 'nikki', 'nora', 'norma', 'olivia', 'pamela', 'patricia', 'paula',
  'peggy', 'phyllis', 'rachel', 'rebecca', 'regina', 'rita', 'roberta', 'robin', 'rose', 'ruth', 'sally', 'samantha',
  'sandra', 'sara', 'sarah', 'sharon', 'shirley', 'sophia', 'stacy', 'stephanie', 'sue', 'susan', 'suzanne', 'sylvia',
  'tamara', 'tammy', 'teresa', 'theresa', 'tiffany', 'tina', 'tracy', 'valerie', 'vanessa', 'victoria', 'virginia',
  'wanda', 'wendy', 'yvonne', 'condoleezza', 'kamala', 'jacinda', 'theresa', 'nicola',
  // Spanish, Portuguese, Italian, French, German, Slavic
  'adriana', 'alejandra', 'ana', 'antonieta', 'beatriz', 'carmen', 'cristina', 'dilma', 'elena', 'esperanza',
  'fernanda', 'gabriela', 'guadalupe', 'isabel', 'juana', 'lucia', 'luz', 'marisol', 'mercedes', 'patricia', 'pilar',
  'rosa', 'sofia', 'sonia', 'veronica', 'ximena', 'giorgia', 'francesca', 'giulia', 'chiara', 'brigitte', 'catherine',
  'christiane', 'dominique', 'marine', 'segolene', 'simone', 'sylvie', 'angela', 'annalena', 'greta', 'heidi',
  'ingrid', 'ursula', 'anastasia', 'irina', 'natalia', 'olga', 'svetlana', 'tatiana', 'valentina', 'yulia',
  // Arabic, Hebrew, South and East Asian
  'aisha', 'fatima', 'layla', 'leila', 'mariam', 'noor', 'rania', 'golda', 'tzipi', 'indira', 'benazir', 'priya',
  'sushma', 'hasina', 'aung', 'yingluck', 'megawati', 'corazon', 'gloria', 'tsai', 'yuriko', 'imelda', 'dolores',
  'evita', 'eva', 'estela', 'violeta', 'yelena', 'ludmila', 'galina', 'nadezhda', 'zhanna',
];

/**
 * Short forms of given names, by the formal name: `Pat Buchanan` is `Patrick Buchanan`, `Tom` is `Thomas M.
 * Wojcik`. A short form may belong to several formal names (`Al`: Albert, Alfred).
 */
export const GIVEN_NAME_VARIANTS: Record<string, string[]> = {
  william: ['bill', 'billy', 'will', 'willie'], robert: ['bob', 'bobby', 'rob', 'robbie', 'bert'],
  richard: ['dick', 'rick', 'ricky', 'rich'], james: ['jim', 'jimmy', 'jamie'], john: ['jack', 'johnny'],
  thomas: ['tom', 'tommy'], michael: ['mike', 'mickey'], patrick: ['pat'], patricia: ['pat', 'patty', 'trish'],
  joseph: ['joe', 'joey'], charles: ['charlie', 'chuck'], edward: ['ed', 'eddie', 'ted', 'ned'],
  theodore: ['ted', 'teddy'], daniel: ['dan', 'danny'], david: ['dave'], stephen: ['steve'], steven: ['steve'],
  christopher: ['chris'], anthony: ['tony'], andrew: ['andy', 'drew'], benjamin: ['ben'], samuel: ['sam'],
  nicholas: ['nick'], matthew: ['matt'], gregory: ['greg'], jeffrey: ['jeff'], kenneth: ['ken', 'kenny'],
  ronald: ['ron', 'ronnie'], donald: ['don', 'donnie'], gerald: ['jerry'], lawrence: ['larry'], leonard: ['len', 'lenny'],
  peter: ['pete'], philip: ['phil'], phillip: ['phil'], raymond: ['ray'], douglas: ['doug'], timothy: ['tim'],
  alexander: ['alex'], frederick: ['fred'], harold: ['hal'], henry: ['hank', 'harry'], albert: ['al'], alfred: ['al'],
  elizabeth: ['liz', 'beth', 'betty', 'betsy'], margaret: ['maggie', 'peggy', 'meg'], katherine: ['kathy', 'kate', 'katie'],
  catherine: ['cathy', 'kate', 'katie'], susan: ['sue', 'susie'], deborah: ['deb', 'debbie'], jennifer: ['jen', 'jenny'],
  rebecca: ['becky'], victoria: ['vicky'], barbara: ['barb'], kimberly: ['kim'], pamela: ['pam'], cynthia: ['cindy'],
  christine: ['chris'], abraham: ['abe'], zachary: ['zach'], joshua: ['josh'], jonathan: ['jon'], nathaniel: ['nate'],
  vincent: ['vince'], walter: ['walt'], gilbert: ['gil'], mitchell: ['mitch'], samantha: ['sam'], alexandra: ['alex'],
};
