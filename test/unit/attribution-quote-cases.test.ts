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
