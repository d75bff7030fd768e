// Valid/invalid tables in the manner of table.ts: each case is a body sentence in a draft whose front matter names
// the reader, the company and the role.
import assert from 'node:assert/strict';
import { check } from '../../server/src/core';

const FRONT_MATTER = '---\nto: Priya Patel\ncompany: Acme Robotics\nrole: Controls Engineer\n---\n\n';
const draft = (body: string, frontMatter = FRONT_MATTER): string => `${frontMatter}Dear Ms. Patel,\n\n${body}\n\nBest,\nJordan Lee\n`;
const flagged = (text: string): string[] => check(text).filter((f) => f.ruleId === 'company-mismatch').map((f) => text.slice(f.span.start, f.span.end));

describe('company-mismatch', () => {
  const valid = [
    'I remain very interested in Acme and would love to be considered for future openings.',
    'I remain interested in Acme Robotics Inc. and its work on warehouse arms.',
    "I'd be glad to be considered for future roles at AR.",
    'Thank you for the chance to interview for the Controls Engineer role at Acme Robotics.',
    // Past and present employers, places and people are in the prose too, and are not slips.
    'Before this I spent four years at Corvid Labs, and my time at Halvard taught me a lot.',
    'In my current role at Globex I lead the controls team.',
    "I enjoyed meeting Ms. Adeyemi and hearing how Daniel's team at the Leeds office works.",
    "I would love to join Ms. Adeyemi's team.",
    "I would love to join Sam's team one day.",
    'I would love to work for Priya again.',
    'I hope to join Engineering next year.',
    'I remain very interested in Acme; my visit to Globex last year was nothing like it.',
    'I remain interested, and I wrote about it in `future roles at Globex`.',
  ];
  for (const body of valid) it(`accepts: ${body}`, () => assert.deepEqual(flagged(draft(body)), []));

  it('accepts any company without `company:` in the front matter', () => {
    assert.deepEqual(flagged(draft('I remain very interested in Globex.', '---\nto: Priya Patel\n---\n\n')), []);
    assert.deepEqual(flagged(draft('I remain very interested in Globex.', '')), []);
  });

  it('accepts a company named in a quoted message', () => {
    assert.deepEqual(flagged(draft('Thank you for letting me know.\n\n> We wish you well in your search for roles at Globex.')), []);
  });

  const invalid: [body: string, spans: string[]][] = [
    ['I remain very interested in Globex and would love to be considered for future openings.', ['Globex']],
    ['I would love to join Halvard Systems one day.', ['Halvard Systems']],
    ["I'd be glad to be considered for future design roles at Initech.", ['Initech']],
    ['Thank you for the chance to interview for the Controls Engineer role at Globex Corp.', ['Globex Corp']],
    ['I am still excited about Globex, and hope to hear from you.', ['Globex']],
    ["I'd love to join Globex Labs's data team.", ['Globex Labs']],
    ['I remain interested in Bramble & Co. Is there anything I could improve?', ['Bramble & Co']],
    ['I remain interested in Globex and in future roles at Globex.', ['Globex', 'Globex']],
    ['Thank you for the time your team at Initech gave me.', ['Initech']],
  ];
  for (const [body, spans] of invalid) it(`flags: ${body}`, () => assert.deepEqual(flagged(draft(body)), spans));

  it('flags a slip in the subject line', () => {
    assert.deepEqual(flagged(`${FRONT_MATTER}Subject: Following up on the Controls Engineer role at Globex\n\nDear Ms. Patel,\n\nThanks.\n`), ['Globex']);
  });
});

describe('company-mismatch fix', () => {
  it('replaces exactly the name with the front matter\'s company, and is not applied by Fix All', () => {
    const text = draft('I remain very interested in Globex.');
    const finding = check(text).find((f) => f.ruleId === 'company-mismatch')!;
    assert.deepEqual(finding.fixes, [{ title: 'Replace "Globex" with "Acme Robotics"', safe: false, edits: [{ span: finding.span, text: 'Acme Robotics' }] }]);
  });

  it('does not double a full stop when the company ends in one', () => {
    const text = draft('I remain very interested in Globex.', '---\ncompany: Acme Inc.\n---\n\n');
    const { edits } = check(text).find((f) => f.ruleId === 'company-mismatch')!.fixes[0];
    const fixed = text.slice(0, edits[0].span.start) + edits[0].text + text.slice(edits[0].span.end);
    assert.ok(fixed.includes('interested in Acme Inc.\n'), fixed);
    assert.deepEqual(flagged(fixed), []);
  });
});
