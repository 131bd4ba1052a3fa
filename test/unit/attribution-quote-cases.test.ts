import * as assert from 'assert';
import { analyse, DEFAULT_CONFIG } from '../../server/src/core';

// Quotations that are attributed, or are no quotations, in ways the wire and release styles use.

const DATELINE = 'LONDON, Aug. 30 (Xinhua) -- ';

function unattributed(body: string): string[] {
  const text = `${DATELINE}${body}\nEnditem\n`;
  return analyse(text, DEFAULT_CONFIG).findings
    .filter((finding) => finding.rule === 'attribution/unattributed-quote')
    .map((finding) => text.slice(finding.span.start, finding.span.end));
}

describe('attribution/unattributed-quote: attributed forms', () => {
  it('accepts a quotation continued into a paragraph whose quotation is attributed', () => {
    assert.deepStrictEqual(unattributed('The court ruled on Friday.\n\n"Talks after such a vote would be hard. Nobody could promise an agreement.\n\n"We need not guess what would follow," the ruling said.'), []);
  });

  it('accepts a question-and-answer transcript introduced by a colon', () => {
    assert.deepStrictEqual(unattributed('The minister gave another account in the hearing:\n\n"Q. Were you ever alone with the adviser in the office?"\n\n"A. I do not recall, but there was always somebody there at weekends."'), []);
  });

  it('accepts a release quotation signed with a hyphen on the line below', () => {
    assert.deepStrictEqual(unattributed('Sponsors spoke about the day.\n\n"Serving others is at the core of what we do, and that is especially true here."\n\n- Jane Carr, Head of Talent, Acme Bank'), []);
  });

  it('does not read a stray mark before a space as an opening quotation mark', () => {
    assert.deepStrictEqual(unattributed('Partners have broken through the "model-hardware " industrial deadlock, providing standard solutions for the whole industry.'), []);
  });

  it('accepts a view verb in the sentence before (agrees, cited)', () => {
    assert.deepStrictEqual(unattributed('Ken Sato, a modeller, agrees that the data could help. "It is reasonable that the value should rise with warming."'), []);
  });

  it('still flags a quotation standing alone among unattributed sentences', () => {
    assert.strictEqual(unattributed('Shares rose on Monday.\n\nThe budget was unveiled in March.\n\n"Inflation is lower than forecast and the current account is better than expected."\n\nThe budget foresaw lower inflation.').length, 1);
  });
});

describe('attribution/no-attribution: lists', () => {
  function opinions(body: string): number {
    const text = `${DATELINE}${body}\nEnditem\n`;
    return analyse(text, DEFAULT_CONFIG).findings.filter((finding) => finding.rule === 'attribution/no-attribution').length;
  }

  it('skips the items of a numbered or bulleted list, and still flags a judgement in prose', () => {
    assert.strictEqual(opinions('A survey of workers found these complaints:\n\n4. Supervisors who overlook unacceptable behavior.\n\n- Reckless disregard for safety.'), 0);
    assert.strictEqual(opinions('The market opened on Monday.\n\nSupervisors who overlook such behavior are unacceptable.'), 1);
  });
});

describe('attribution/unattributed-quote: a speaker in the adjacent sentence', () => {
  it('accepts a quotation next to a sentence whose subject is a named person or a pronoun', () => {
    assert.deepStrictEqual(unattributed('Ken Woo met patients on Monday.\n\nIn addition to therapy, Woo treats pain. "It opens the channels through which energy flows."'), []);
    assert.deepStrictEqual(unattributed('Rita Moss, a teacher in the city schools, is concerned. "My students ask me whether lunch will still be free."'), []);
    assert.deepStrictEqual(unattributed('Officials met on Monday. He did not name the leader. "These fears are unfounded and the reforms cannot be undone."'), []);
  });

  it('still flags a quotation next to a possessive or a plain fact', () => {
    assert.strictEqual(unattributed('"I think it is a loss for the country," Tom Reed said.\n\nReed\'s committee will hold hearings.\n\n"He has been a superb chairman of the board for many years."').length, 1);
  });

  it('skips titles in a numbered list, asides in parentheses and the text of a document', () => {
    assert.deepStrictEqual(unattributed('Grosses for the weekend were:\n\n1. "Star Wars: Episode I -- The Phantom Menace," $64.8 million.'), []);
    assert.deepStrictEqual(unattributed('The crew held a mock meeting. ( "Hi, my name is Bill. I am a fan." )'), []);
    assert.deepStrictEqual(unattributed('Following are extracts from the communique issued here.\n\n"The conference expressed satisfaction about the results of the agreement."\n\n"The conference noted that all market indicators have been firming."'), []);
  });

  it('reads a reporting verb typed without its space', () => {
    assert.deepStrictEqual(unattributed('"There is a need for not letting our kids forget," saidAlan Shaw, a father. "We should not look to the state to teach our kids their past."'), []);
  });
});

describe('attribution/no-attribution: facts', () => {
  function opinions(body: string): number {
    const text = `${DATELINE}${body}\nEnditem\n`;
    return analyse(text, DEFAULT_CONFIG).findings.filter((finding) => finding.rule === 'attribution/no-attribution').length;
  }

  it('does not read a record or an aside in a relative clause as opinion', () => {
    assert.strictEqual(opinions('Profits rose in the half.\n\nIts sugar unit produced its best ever performance.'), 0);
    assert.strictEqual(opinions('Profits rose in the half.\n\nBy filing with the SEC, which is obviously aware of its probe, Icahn alerted holders.'), 0);
  });
});
