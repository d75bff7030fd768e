// Phrases from configuration are literal text, never patterns: regex syntax in them matches only itself, and a
// phrase written to backtrack costs nothing.
import assert from 'node:assert/strict';
import { check, DEFAULT_OPTIONS, type CheckOptions } from '../../server/src/core';

const DRAFT = (sentence: string): string => `Dear Ms. Patel,\n\nThank you for your time. ${sentence}\n\nBest,\nSam\n`;

function toneFindings(text: string, options: CheckOptions): number {
  return check(text, options).filter((f) => f.ruleId === 'negative-tone').length;
}

describe('robustness: configured phrases are literal text', () => {
  const options: CheckOptions = { ...DEFAULT_OPTIONS, negativePhrases: [{ phrase: '(a+)+$' }, { phrase: 'as per .*' }] };

  it('flags a negative phrase only where its characters appear as written', () => {
    assert.equal(toneFindings(DRAFT('I wrote (a+)+$ on the whiteboard.'), options), 1);
    assert.equal(toneFindings(DRAFT('I wrote aaaa on the whiteboard.'), options), 0);
    assert.equal(toneFindings(DRAFT('As per my notes, the demo went well.'), options), 0);
  });

  it('reads a phrase built to backtrack, against a long matching sentence, in well under a second', () => {
    const started = performance.now();
    toneFindings(DRAFT(`${'a'.repeat(50_000)}!`), options);
    assert.ok(performance.now() - started < 1000);
  });

  it('allows an allowed phrase only as written', () => {
    const allowed: CheckOptions = { ...DEFAULT_OPTIONS, allowedPhrases: ['.*'] };
    assert.deepEqual(check(DRAFT('Frankly, the process was unfair.'), allowed).map((f) => f.ruleId), check(DRAFT('Frankly, the process was unfair.')).map((f) => f.ruleId));
  });
});
