import * as assert from 'assert';
import { parseArticle } from '../../server/src/core';
import { people, mentionTexts } from '../helpers/recognition';

// Synthetic sentences where capitalised words look like a person and are not (firms, offices, places,
// headlines), and the evidence that still finds the real people beside them.

describe('people: firms that bear a name', () => {
  it('reads a name before `and Co` as a firm everywhere in the story', () => {
    assert.deepStrictEqual(people('Lead manager Harold Vance and Co said the bonds sold well. Harold Vance said demand was strong.'), []);
  });

  it('reads a name before a corporate suffix or its shares as a firm', () => {
    assert.deepStrictEqual(people('Shares of Milton Harrow Inc rose. Milton Harrow said it expected more orders.'), []);
    assert.deepStrictEqual(people('The fund holds 20,000 Bertram Ostler common shares. Bertram Ostler has not commented.'), []);
  });

  it('keeps a person whose title and surname stand beside a firm suffix elsewhere', () => {
    assert.deepStrictEqual(people('Jane Doe, Group CEO of Acme, said sales rose. Jane Doe, Co-founder of Acme, agreed.'), ['Jane Doe']);
  });

  it('reads an appositive that calls the name a firm', () => {
    assert.deepStrictEqual(people('Prospect Lumen, a technology innovator in water treatment, said it would expand.'), []);
  });

  it('reads a firm appositive on any use as holding for every use, and a party as no person', () => {
    assert.deepStrictEqual(people('Workers rejected an offer from Harold Vance on Monday. The offer by Harold Vance, a subsidiary of Acme Inc, was final.'), []);
    assert.deepStrictEqual(people('Christian Democrat leaders met. Christian Democrat ministers resigned.'), []);
  });

  it('reads a name after a role and `at` as a workplace', () => {
    assert.deepStrictEqual(people('Dana Kerr, most recently a partner at Oliver Quint, joins the board.'), ['Dana Kerr']);
  });

  it('reads organisation words in other languages and fields as no person', () => {
    assert.deepStrictEqual(people('The deal with Usines Ravel was signed. Science Education was the theme at the Harwell Associates meeting.'), []);
  });
});

describe('people: offices, places and headlines', () => {
  it('reads a run that ends with an office as no person', () => {
    assert.deepStrictEqual(people('The board named a new Chief Legal Officer and a Corporate Counsel on Monday.'), []);
  });

  it('splits a headline at its verb', () => {
    assert.deepStrictEqual(people('Harbor Robotics Appoints Jane Porter as Chief Financial Officer'), ['Jane Porter']);
    assert.deepStrictEqual(people('Bright Weekly Names Carla Mendel Editor of the Year'), ['Carla Mendel']);
  });

  it('reads a city after a place word as a place, and a city after a given name as a surname', () => {
    assert.deepStrictEqual(people('Crowds gathered in Little Havana on Sunday.'), []);
    assert.deepStrictEqual(people('The 2025 Rose Gala will open at six. Tickets for the Rose Gala are sold out.'), []);
    assert.deepStrictEqual(people('Mike Madrid, a consultant, said the vote was close.'), ['Mike Madrid']);
  });

  it('reads a given name after a place noun as part of the place, but keeps a party before a name', () => {
    assert.deepStrictEqual(people('The service was held at Temple Beth Shalom on Friday.'), []);
    assert.deepStrictEqual(people('The race tightened as Republican Matt Wong gained.'), ['Matt Wong']);
  });

  it('does not start a name with an auxiliary or a sentence adverb', () => {
    assert.deepStrictEqual(people('Did Clinton Hardy know? Somehow Callisto Varn escaped notice.'), []);
  });

  it('reads describing compounds and web names as no person', () => {
    assert.deepStrictEqual(people('Many French-speaking Quebecers voted no.'), []);
    assert.deepStrictEqual(people('Customers of QuickCredit.loans pay monthly. QuickCredit.loans reports their payments.'), []);
  });
});

describe('people: name shapes the finder used to miss', () => {
  it('keeps a generational suffix in capitals', () => {
    assert.deepStrictEqual(people('Acme spokesman Porter Wharton III said the road was closed.'), ['Porter Wharton III']);
  });

  it('reads two parts of a name joined by a name dot as one name', () => {
    const article = parseArticle('Council Minister Avu‧Talimaw said the festival would open. Talimaw thanked the artists.');
    assert.deepStrictEqual(article.people.map((person) => person.fullName), ['Avu Talimaw']);
    assert.deepStrictEqual(mentionTexts(article, 'Avu Talimaw'), ['Council Minister Avu‧Talimaw', 'Talimaw']);
  });

  it('reads a capitalised particle and a word as the surname, not a new person', () => {
    const article = parseArticle('Trade commissioner Willy de Vrient spoke first. De Vrient said talks would resume.');
    assert.deepStrictEqual(article.people.map((person) => person.fullName), ['Willy de Vrient']);
    assert.deepStrictEqual(mentionTexts(article, 'Willy de Vrient').slice(0, 2), ['Trade commissioner Willy de Vrient', 'De Vrient']);
    assert.deepStrictEqual(people('Vice President Al Gore spoke. Le Thu Thuy, the bank vice chairwoman, said:'), ['Al Gore', 'Le Thu Thuy']);
    assert.deepStrictEqual(people('The FBI has linked the bombings to Al Qaida. Al Qaida denied it.'), []);
  });

  it('reads a leading initial added to a known name as the same person', () => {
    const article = parseArticle('George Paloma won the contest. K. George Paloma, 12, is from Texas.');
    assert.deepStrictEqual(article.people.map((person) => person.fullName), ['George Paloma']);
  });

  it('gives a courtesy title to the relative of its gender', () => {
    const article = parseArticle('Speller Daniel Oruko won. His mother, Grace Oruko, cheered. Mrs. Oruko said she was proud.');
    assert.ok(mentionTexts(article, 'Grace Oruko').includes('Mrs. Oruko'));
    assert.ok(!mentionTexts(article, 'Daniel Oruko').includes('Mrs. Oruko'));
  });

  it('does not read an acronym in capitals as a pronoun', () => {
    const article = parseArticle('Edson Spencer, chairman of Acme, said HIS would be sold.');
    assert.deepStrictEqual(mentionTexts(article, 'Edson Spencer'), ['Edson Spencer']);
  });

  it('introduces a person where first named in full, even when the evidence comes later', () => {
    const text = 'Lucien Marc, the premier, and Jean Chabot, the leader of the Liberal Party, met on Monday. Chabot says there will be no vote. Jean Chabot, 40, is a lawyer.';
    const person = parseArticle(text).people.find((candidate) => candidate.fullName === 'Jean Chabot');
    assert.ok(person);
    assert.strictEqual(person.introduction.start, text.indexOf('Jean Chabot'));
  });

  it('reads a city after a locative preposition as the city, not a namesake', () => {
    const article = parseArticle('Rob Boston, a writer, disagreed. The claim was made by Sam Blum, a scholar in Boston.');
    assert.deepStrictEqual(mentionTexts(article, 'Rob Boston'), ['Rob Boston']);
  });

  it('links a short form of the given name to the person (Pat for Patrick, Tom for Thomas)', () => {
    const article = parseArticle('Candidate Patrick Dunmore spoke first. Later, Pat Dunmore\'s aides left. Thomas Kerrigan, the founder, agreed. Tom said yes.');
    assert.deepStrictEqual(article.people.map((person) => person.fullName), ['Patrick Dunmore', 'Thomas Kerrigan']);
    assert.ok(mentionTexts(article, 'Patrick Dunmore').includes('Pat Dunmore'));
    assert.ok(mentionTexts(article, 'Thomas Kerrigan').includes('Tom'));
  });

  it('reads an appositive with an age before the role as evidence of a person', () => {
    assert.deepStrictEqual(people('Orvin Paxlet Jr., the 69-year-old chief of the council, longs for a settlement.'), ['Orvin Paxlet Jr.']);
  });

  it('links a short given name that is not in the given-name list to its formal form', () => {
    const article = parseArticle('"We grew," explains Patricia Vantreese. Patty thanked the staff.');
    assert.ok(mentionTexts(article, 'Patricia Vantreese').includes('Patty'));
  });
});

describe('people: firms named after a plural firm noun or with a place before the suffix, and a role before a name', () => {
  it('reads a name after `brokers` or `brokerage` as a firm, not after a singular role', () => {
    assert.deepStrictEqual(people('LONDON, March 3 - Shares fell, said Tom Hale of brokers Walter Penrose. Walter Penrose cut its forecast.'), ['Tom Hale']);
    assert.deepStrictEqual(people('LONDON, March 3 - Shares fell, said an analyst at brokerage Walter Penrose.'), []);
    assert.deepStrictEqual(people('LONDON, March 3 - Shares fell, said broker Walter Penrose.'), ['Walter Penrose']);
  });

  it('reads a name before a place in parentheses and a suffix as a firm', () => {
    assert.deepStrictEqual(people('HONG KONG, March 3 - Profits rose, Walter Penrose (Far East) Ltd said. Walter Penrose expects more.'), []);
  });

  it('takes a capitalised role noun opening a longer run as the title, not part of the name', () => {
    assert.deepStrictEqual(people('WASHINGTON, March 2 - Investor Sumner Redstone, who leads a group, said he raised his offer. Redstone declined to comment.'), ['Sumner Redstone']);
    // Not a role noun: the whole run is the name.
    assert.deepStrictEqual(people('WASHINGTON, March 2 - Mary Ann Hale said she raised her offer.'), ['Mary Ann Hale']);
  });

  it('does not join words three spaces apart on a table row into a name', () => {
    assert.deepStrictEqual(people('WASHINGTON, March 2 - Prices:\n\n                  Avge   Price   Price\n Total      840.8   3,130.1     516.8\n'), []);
    // One or two spaces still join a name.
    assert.deepStrictEqual(people('WASHINGTON, March 2 - Mary  Hale said she raised her offer.'), ['Mary Hale']);
  });
});

describe('people: a title and a word of a firm', () => {
  it('does not make a person of a title and a surname that open a firm named in the story', () => {
    const text = 'TORONTO, March 19 - <Mr. Quill Outfitters Inc> said it agreed to sell shares. Mr. Quill said proceeds will be used for growth.';
    assert.deepStrictEqual(people(text), []);
  });

  it('does not make a person of a title after a firm possessive, or of a firm plural', () => {
    assert.deepStrictEqual(people('Acme Holdings said its Pacific President Lines shipping unit obtained a loan. Acme said President Lines is profitable.'), []);
    assert.deepStrictEqual(people('The firm sold its Dr. Quillon\'s businesses in Europe. It will keep Dr. Quillon\'s businesses in Asia.'), []);
  });

  it('keeps a titled surname that speaks', () => {
    assert.deepStrictEqual(people('Prices will rise, Mr. Quill said. Mr. Quill added that sales grew.'), ['Quill']);
  });
});

describe('people: a place of several words opening a name, and a glued heading', () => {
  it('reads a name that opens with a place of several words as a firm or a thing', () => {
    assert.deepStrictEqual(people('The deal makes New Mexico Enterprise\'s second largest market, and Enterprise grows.'), []);
    assert.deepStrictEqual(people('Visitors toured the Hong Kong Pavilion at the fair. The Pavilion closed late.'), []);
  });

  it('keeps a person named after a place, and a glued heading is no name', () => {
    assert.deepStrictEqual(people('New York lawyer Ann Marsh said the bill would pass.'), ['Ann Marsh']);
    assert.deepStrictEqual(people('How an Attorney Can HelpHaving an attorney on your side helps. Call us.'), []);
  });
});
