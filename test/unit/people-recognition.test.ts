import * as assert from 'assert';
import { parseArticle } from '../../server/src/core';
import { people, mentionTexts } from '../helpers/recognition';

// Small synthetic sentences, one recognition case each: who is a person, by which name, and what is not.

describe('people: titles', () => {
  it('reads a nationality and office before the name', () => {
    const article = parseArticle('BEIJING, Aug. 30 (Xinhua) -- Chinese President Xi Jinping met guests on Monday. Xi said the talks went well.');
    assert.deepStrictEqual(article.people.map((person) => [person.fullName, person.title, person.surname]), [['Xi Jinping', 'Chinese President', 'Xi']]);
  });

  it('reads a lower-case role inside the title', () => {
    assert.deepStrictEqual(people('Foreign Ministry spokesperson Wang Wenbin told reporters the visit would go ahead.'), ['Wang Wenbin']);
  });

  it('reads abbreviated titles and a party tag', () => {
    assert.deepStrictEqual(people('Dr. Jane Smith examined the results.'), ['Jane Smith']);
    const article = parseArticle('Sen. Bob Casey, D-Pa., said the bill would pass.');
    assert.deepStrictEqual(article.people.map((person) => person.fullName), ['Bob Casey']);
    assert.strictEqual(article.people[0].title, 'Sen.');
  });

  it('takes organisation words before a given name as the title', () => {
    assert.deepStrictEqual(people('The festival was opened by Federal Minister for Science and Technology Peter Moran on Friday.'), ['Peter Moran']);
  });

  it('reads a lower-case role noun right before the name', () => {
    assert.deepStrictEqual(people('The risk is real, climate scientist Anna Berglund told the meeting.'), ['Anna Berglund']);
  });
});

describe('people: name shapes', () => {
  it('keeps hyphens and diacritics, and links the folded surname', () => {
    const article = parseArticle('Cuban President Miguel Díaz-Canel spoke first. Later Diaz-Canel thanked his hosts.');
    assert.deepStrictEqual(article.people.map((person) => [person.fullName, person.surname]), [['Miguel Díaz-Canel', 'Díaz-Canel']]);
    assert.ok(mentionTexts(article, 'Miguel Díaz-Canel').includes('Diaz-Canel'));
  });

  it('keeps name particles in the name and the surname', () => {
    const article = parseArticle('European Commission President Ursula von der Leyen arrived. Von der Leyen spoke briefly.');
    assert.deepStrictEqual(article.people.map((person) => [person.fullName, person.surname]), [['Ursula von der Leyen', 'von der Leyen']]);
    assert.deepStrictEqual(people('Nurse Maria de la Cruz, a volunteer, treated the injured.'), ['Maria de la Cruz']);
  });

  it('reads a family name first and links it later', () => {
    const article = parseArticle('North Korean leader Kim Jong Un inspected the site. Kim praised the workers.');
    assert.deepStrictEqual(article.people.map((person) => [person.fullName, person.surname]), [['Kim Jong Un', 'Kim']]);
    assert.deepStrictEqual(mentionTexts(article, 'Kim Jong Un'), ['Kim Jong Un', 'Kim']);
  });

  it('reads a possessive name and a name inside a quotation', () => {
    assert.deepStrictEqual(people("He conveyed Comrade Raul Castro's greetings."), ['Raul Castro']);
    assert.deepStrictEqual(people('"I called Janet Brooks at once," the witness said.'), ['Janet Brooks']);
  });

  it('joins a name hyphenated across a line break and drops a nickname', () => {
    assert.deepStrictEqual(people('The co-pilot, Gameel el-\nBatouti, was at the controls.'), ['Gameel el-Batouti']);
    assert.deepStrictEqual(people('The firm hired Juan Carlos (JC) Moreno as director.'), ['Juan Carlos Moreno']);
  });

  it('links a surname written without its Arabic article', () => {
    const article = parseArticle('Lt. Gen. Amer al-Saadi spoke on Tuesday. Saadi said the tests were wrong.');
    assert.deepStrictEqual(mentionTexts(article, 'Amer al-Saadi'), ['Lt. Gen. Amer al-Saadi', 'Saadi']);
  });

  it('does not take the sentence period into a short name', () => {
    assert.deepStrictEqual(people('The case against Alger Hiss. Hiss denied it.'), ['Alger Hiss']);
  });

  it('links the surname to the person named most recently', () => {
    const article = parseArticle('Alger Hiss was tried in 1950. His son, Tony Hiss, spoke on Friday. Hiss said his father was calm.');
    assert.deepStrictEqual(mentionTexts(article, 'Tony Hiss'), ['Tony Hiss', 'Hiss', 'his']);
  });
});

describe('people: what is not a person', () => {
  it('does not read sentence-opening words as names', () => {
    assert.deepStrictEqual(people('At Moderna, he led the AI team. The U.N. Security Council met. If Cervantes wins, she will be champion.'), []);
  });

  it('ignores organisations, countries, places, agencies, newspapers and months', () => {
    const text = 'Goldman Sachs Group raised its forecast. Petroleos de Venezuela cut output. The Daily Nation newspaper reported it. '
      + 'New York Sept coffee rose. Xinhua News Agency said so. March Madness begins.';
    assert.deepStrictEqual(people(text), []);
  });

  it('ignores the dateline city', () => {
    assert.deepStrictEqual(people('SAN JOSE, Costa Rica (AP) -- Heavy rain fell on Monday.'), []);
  });

  it('does not read a firm that keeps its full name as a person', () => {
    assert.deepStrictEqual(people('Comissaria Smith said in its weekly review that rain fell. Comissaria Smith said arrivals rose.'), []);
  });
});

describe('people: mentions', () => {
  it('links title + surname, surname and pronouns, and a given name in press-release style', () => {
    const article = parseArticle('Acme named Peter Hong as president. Mr. Hong joins from Initech. Peter will lead sales, and he starts Monday.');
    assert.deepStrictEqual(mentionTexts(article, 'Peter Hong'), ['Peter Hong', 'Mr. Hong', 'Peter', 'he']);
    const kinds = article.people[0].mentions.map((mention) => mention.kind);
    assert.deepStrictEqual(kinds, ['introduction', 'title-surname', 'given-name', 'pronoun']);
  });

  it('marks a pronoun with two fitting candidates as ambiguous', () => {
    const article = parseArticle('John Carter met Paul Mason on Monday. He said the talks were useful.');
    const he = article.people.flatMap((person) => person.mentions).find((mention) => mention.kind === 'pronoun');
    assert.ok(he, 'no pronoun mention');
    assert.deepStrictEqual(he.alternatives?.map((id) => article.people[id].fullName), ['Paul Mason']);
  });

  it('keeps a pronoun unambiguous when its sentence names the subject', () => {
    const article = parseArticle('John Carter met Paul Mason on Monday. Carter said he was pleased.');
    const he = article.people.flatMap((person) => person.mentions).find((mention) => mention.kind === 'pronoun');
    assert.strictEqual(he?.alternatives, undefined);
  });
});
