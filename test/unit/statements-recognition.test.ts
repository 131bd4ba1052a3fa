import * as assert from 'assert';
import { parseArticle } from '../../server/src/core';
import { speakerOf } from '../helpers/recognition';

// One attribution form per test: the statement over the sentence with `verb` names `speaker`.

describe('statements: attribution forms', () => {
  it('reads "X said", "said X", "X stressed" and "X pointed out"', () => {
    assert.strictEqual(speakerOf('Chinese President Xi Jinping said trade grew.', 'said'), 'Xi Jinping');
    assert.strictEqual(speakerOf('"Trade grew," said Jane Doe.', 'said'), 'Jane Doe');
    assert.strictEqual(speakerOf('Jane Doe met reporters. Doe stressed the point.', 'stressed'), 'Jane Doe');
    assert.strictEqual(speakerOf('Jane Doe met reporters. Doe pointed out the risks.', 'pointed out'), 'Jane Doe');
  });

  it('reads "according to" and "told reporters"', () => {
    assert.strictEqual(speakerOf('Sales rose, according to the ministry.', 'according to'), 'the ministry');
    assert.strictEqual(speakerOf('Mayor Tom Hale told reporters the road would reopen.', 'told'), 'Tom Hale');
  });

  it('reads an appositive between the speaker and the verb', () => {
    assert.strictEqual(speakerOf('Jane Doe, chief executive officer of Acme, said sales rose.', 'said'), 'Jane Doe');
    assert.strictEqual(speakerOf('Marvin Stone, a spokesman for Attorney Mary Jo White, said no decision was made.', 'said'), 'Marvin Stone');
    assert.strictEqual(speakerOf('Sen. Bob Casey, D-Pa., said the bill would pass.', 'said'), 'Bob Casey');
    assert.strictEqual(speakerOf('Ron Tapp, who is president of the association, said demand fell.', 'said'), 'Ron Tapp');
  });

  it('reads unnamed and institutional sources', () => {
    assert.strictEqual(speakerOf('Officials said the road was closed.', 'said'), 'Officials');
    assert.strictEqual(speakerOf('The ministry also said exports rose.', 'said'), 'The ministry');
    assert.strictEqual(speakerOf('An analyst who asked not to be named said the price was fair.', 'said'), 'An analyst');
    assert.strictEqual(speakerOf('Rain fell. The International Athletic Federation (IAF) said on Monday the test was positive.', 'said'), 'The International Athletic Federation');
    assert.strictEqual(speakerOf('Cable and Wireless Plc <CAWL.L> said the offer was low.', 'said'), 'Cable and Wireless Plc');
    assert.strictEqual(speakerOf('A source close to the federation said the sample was flawed.', 'said'), 'A source close to the federation');
  });

  it('reads an inverted attribution after a comma', () => {
    assert.strictEqual(speakerOf('The talks were chaired by Trade Minister Mohammed Saleh, said INA.', 'said'), 'INA');
  });

  it('reads an inverted attribution whose speaker has an appositive', () => {
    assert.strictEqual(speakerOf('The bodies were moved overnight, said Fabien Tillon, a police spokesman.', 'said'), 'Fabien Tillon');
    assert.strictEqual(speakerOf('Rain fell. Anna Berg, a judge, said Leisure\'s ruling was wrong.', 'said'), 'Anna Berg');
  });

  it('steps back over a participle clause to the subject', () => {
    assert.strictEqual(speakerOf('Rain fell. The report, issued by Andrew Cuomo, the housing secretary, said rents rose.', 'said'), 'The report');
  });

  it('reads AP quotations opened with two apostrophes', () => {
    const text = "''It is hard,'' he told the paper. ''It will take longer.''";
    const article = parseArticle(`Minister Reinhard Klimmt spoke.\n\n${text}`);
    assert.strictEqual(article.quotes.length, 2);
    assert.strictEqual(speakerOf(`Minister Reinhard Klimmt spoke.\n\n${text}`, 'It will take'), 'Reinhard Klimmt');
  });

  it('reads a speaker named with where they work', () => {
    assert.strictEqual(speakerOf('David Gray from AMSA said the race helped.', 'said'), 'David Gray');
  });
});

describe('statements: pronouns and continued quotes', () => {
  it('resolves "he said" and "he added" to the previous speaker', () => {
    const text = 'Chinese President Xi Jinping said trade grew.\n\nExports rose too, he said.\n\nThe ties are strong, he added.';
    assert.strictEqual(speakerOf(text, 'he said'), 'Xi Jinping');
    assert.strictEqual(speakerOf(text, 'added'), 'Xi Jinping');
  });

  it('lets "he" continue an unnamed source', () => {
    const text = 'A company spokesman said the plant would close. He said no jobs would be lost.';
    assert.strictEqual(speakerOf(text, 'said', 1), 'A company spokesman');
  });

  it('prefers a person named since the previous statement', () => {
    const text = 'Barry Schell said testing matters.\n\nRicky McGann was convicted in 1990. He has denied the crime.';
    assert.strictEqual(speakerOf(text, 'denied'), 'Ricky McGann');
  });

  it('lets "it said" continue an institutional source', () => {
    const text = 'The company said profit fell. It said costs rose.';
    assert.strictEqual(speakerOf(text, 'said', 1), 'The company');
  });

  it('gives the sentences of a quotation the speaker of its attribution', () => {
    const text = '"We will win," said Jane Doe. "Nothing can stop us."';
    assert.strictEqual(speakerOf(text, 'Nothing'), 'Jane Doe');
  });

  it('keeps the speaker of a quotation continued across paragraphs', () => {
    const text = '"We will win," said Jane Doe. "The team is ready.\n\n"The fans are ready too."';
    assert.strictEqual(speakerOf(text, 'The fans'), 'Jane Doe');
  });

  it('reads two statements in one sentence', () => {
    const text = 'Venezuela says the flights infringe on its sovereignty, while U.S. officials say they are needed.';
    assert.strictEqual(speakerOf(text, 'says'), 'Venezuela');
    assert.strictEqual(speakerOf(text, 'say '), 'U.S. officials');
  });
});

describe('statements: reported content', () => {
  const contentOf = (text: string) => {
    const statement = parseArticle(text).statements[0];
    return text.slice(statement.content.start, statement.content.end);
  };

  it('leaves out when the words were said and the "that" after the verb', () => {
    assert.strictEqual(contentOf('Chinese President Xi Jinping said Monday that trade grew.'), 'trade grew.');
    assert.strictEqual(contentOf('Mayor Tom Hale said on Friday the road would reopen.'), 'the road would reopen.');
    assert.strictEqual(contentOf('Mayor Tom Hale said today that Monday was a holiday.'), 'Monday was a holiday.');
  });

  it('keeps the words before an attribution at the end', () => {
    assert.strictEqual(contentOf('Trade grew strongly this year, Chinese President Xi Jinping said Monday.'), 'Trade grew strongly this year');
  });
});
