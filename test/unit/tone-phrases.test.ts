import assert from 'node:assert/strict';
import { check, DEFAULT_OPTIONS, type CheckOptions } from '../../server/src/core';
import { letter } from '../rules/table';

const toneFindings = (body: string, options: CheckOptions) => check(letter(body), options).filter((f) => f.ruleId === 'negative-tone');

describe('negative-tone with phrases from the configuration', () => {
  it('flags a configured phrase, whatever its case, with the configured suggestion', () => {
    const options = { ...DEFAULT_OPTIONS, negativePhrases: [{ phrase: 'As per my last email', suggestion: 'Leave it out.' }] };
    const [finding] = toneFindings('as per my last email, the portfolio link is below.', options);
    assert.ok(finding);
    assert.match(finding.message, /As per my last email/);
    assert.match(finding.message, /Leave it out\./);
  });

  it('no longer counts a cue inside an allowed phrase', () => {
    const body = 'I hope you will reconsider my application.';
    assert.equal(toneFindings(body, DEFAULT_OPTIONS).length, 1);
    assert.equal(toneFindings(body, { ...DEFAULT_OPTIONS, allowedPhrases: ['Reconsider my application'] }).length, 0);
  });
});
