// Valid/invalid tables in the manner of table.ts, named by the front matter's `to` and the salutation, which is
// what each case is about (ruleTable would name them all "---").
import assert from 'node:assert/strict';
import { check } from '../../server/src/core';

const draft = (to: string, salutation: string): string =>
  `---\nto: ${to}\n---\n\n${salutation}\n\nThank you for your time on Thursday.\n\nBest,\nJordan\n`;

const flagged = (text: string): string[] => check(text).filter((f) => f.ruleId === 'name-mismatch').map((f) => text.slice(f.span.start, f.span.end));

describe('name-mismatch', () => {
  const valid: [to: string, salutation: string][] = [
    ['Priya Patel', 'Dear Ms. Patel,'],
    ['Priya Patel', 'Dear Priya,'],
    ['Priya Patel', 'Hi Priya Patel,'],
    ['Priya Patel', 'Dear Dr. Patel,'],
    ['Priya Patel', 'Dear Priya and team,'],
    ['Priya Patel', 'Dear Mr. Okafor and Ms. Patel,'],
    ['Patel, Priya', 'Dear Ms. Patel,'],
    ['Sgt. Amanda Kerr', 'Dear Sergeant Kerr,'],
    ['Charge Nurse Phillips', 'Dear Nurse Phillips,'],
    ['Ildikó Varga', 'Dear Ms. Varga,'],
    ['Ildiko Varga', 'Dear Ildikó,'],
    ['Jennifer Li', 'hi jen,'],
    ['Christopher Okafor', 'Hi Chris,'],
    ['Robert Nguyen', 'Dear Bob,'],
    ["Siobhan O'Neil", 'Dear Ms. ONeil,'],
    ['Anne-Marie Dubois', 'Dear Anne,'],
    ['Graham Whitfield <g.whitfield@northgate.example>', 'Dear Mr. Whitfield,'],
    // Not this rule's: no usable `to`, or a salutation that names no one or is a slot.
    ['recruiting@acme.example', 'Dear Mr. Okafor,'],
    ['"[Hiring Manager]"', 'Dear Mr. Okafor,'],
    ['Priya Patel', 'Dear Hiring Manager,'],
    ['Priya Patel', 'Dear [Name],'],
    ['Priya Patel', 'Hi team,'],
  ];
  for (const [to, salutation] of valid) {
    it(`accepts "${salutation}" to ${to}`, () => assert.deepEqual(flagged(draft(to, salutation)), []));
  }
  it('accepts a draft without front matter', () => assert.deepEqual(flagged('Dear Mr. Okafor,\n\nThank you for your time.\n'), []));
  it('accepts a draft without a salutation', () => assert.deepEqual(flagged('---\nto: Priya Patel\n---\n\nThank you for your time.\n'), []));
  it('accepts a quoted salutation: the employer\'s, not the author\'s', () => {
    assert.deepEqual(flagged('---\nto: Priya Patel\n---\n\n> Dear Mr. Okafor,\n> Thank you for applying.\n\nDear Priya,\n\nThanks.\n'), []);
  });

  const invalid: [to: string, salutation: string, span: string][] = [
    ['Priya Patel', 'Dear Mr. Okafor,', 'Mr. Okafor'],
    ['Priya Patel', 'Hi Sam,', 'Sam'],
    ['Priya Patel', 'Dear Sam Lee,', 'Sam Lee'],
    ['Priya Patel', 'Dear Mr. Okafor and team,', 'Mr. Okafor'],
    ['Dr. Amira Haddad', 'Hello Dr. Ng,', 'Dr. Ng'],
    ['Priya Patel', 'Gary,', 'Gary'],
  ];
  for (const [to, salutation, span] of invalid) {
    it(`flags "${salutation}" to ${to}`, () => assert.deepEqual(flagged(draft(to, salutation)), [span]));
  }
  it('flags the salutation after a Subject: line', () => {
    assert.deepEqual(flagged('---\nto: Priya Patel\n---\n\nSubject: Thank you\n\nDear Ms. Shah,\n\nThanks for your time.\n'), ['Ms. Shah']);
  });
});

describe('name-mismatch fix', () => {
  const fixOf = (to: string, salutation: string): { title: string; text: string; safe: boolean } => {
    const text = draft(to, salutation);
    const finding = check(text).find((f) => f.ruleId === 'name-mismatch');
    assert.ok(finding, `name-mismatch in ${salutation}`);
    const [fix] = finding.fixes;
    assert.deepEqual(fix.edits.map((e) => e.span), [finding.span], 'replaces exactly the name it reports');
    return { title: fix.title, text: fix.edits[0].text, safe: fix.safe };
  };

  it('keeps a title and surname when both sides have a title', () => {
    assert.deepEqual(fixOf('Dr. Amira Haddad', 'Hello Dr. Ng,'), { title: 'Replace "Dr. Ng" with "Dr. Haddad"', text: 'Dr. Haddad', safe: false });
  });

  it('gives a first name for a first name, and the name as written otherwise', () => {
    assert.equal(fixOf('Priya Patel', 'Hi Sam,').text, 'Priya');
    assert.equal(fixOf('Priya Patel', 'Dear Mr. Okafor,').text, 'Priya Patel');
    assert.equal(fixOf('Priya Patel', 'Dear Sam Lee,').text, 'Priya Patel');
  });

  it('is never applied by Fix All: the front matter may be the stale side', () => {
    assert.equal(fixOf('Priya Patel', 'Dear Mr. Okafor,').safe, false);
  });

  it('reports a name with markup in it, but offers no replacement that would drop the markup', () => {
    const [finding] = check(draft('Priya Patel', 'Dear *Mr.* Okafor,')).filter((f) => f.ruleId === 'name-mismatch');
    assert.deepEqual(finding.fixes, []);
  });

  it('leaves no finding once applied', () => {
    const text = draft('Dr. Amira Haddad', 'Hello Dr. Ng,');
    const { span, text: replacement } = check(text).find((f) => f.ruleId === 'name-mismatch')!.fixes[0].edits[0];
    const fixed = text.slice(0, span.start) + replacement + text.slice(span.end);
    assert.ok(fixed.includes('Hello Dr. Haddad,'));
    assert.deepEqual(flagged(fixed), []);
  });
});
