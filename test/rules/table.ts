// Valid/invalid case tables per rule, in the manner of textlint-tester: a case is a sentence or a whole draft.
import assert from 'node:assert/strict';
import { check } from '../../server/src/core';

export interface InvalidCase {
  readonly text: string;
  /** The exact text each finding must cover, in order; omitted for document-level rules. */
  readonly spans?: readonly string[];
}

/** A sentence becomes the body of a short letter, so that only the rule under test is in question. */
export function letter(body: string): string {
  return body.includes('\n') ? body : `Dear Ms. Patel,\n\n${body}\n\nBest,\nJordan Lee\n`;
}

export function ruleTable(ruleId: string, cases: { valid: readonly string[]; invalid: readonly (string | InvalidCase)[] }): void {
  describe(`${ruleId}`, () => {
    for (const text of cases.valid) {
      it(`accepts: ${text.split('\n').find((l) => l.trim() && !/^(dear|hi)\b/i.test(l))?.slice(0, 70) ?? text}`, () => {
        const found = check(letter(text)).filter((f) => f.ruleId === ruleId);
        assert.deepEqual(found.map((f) => letter(text).slice(f.span.start, f.span.end)), []);
      });
    }
    for (const c of cases.invalid) {
      const { text, spans } = typeof c === 'string' ? { text: c, spans: undefined } : c;
      it(`flags: ${text.split('\n').find((l) => l.trim() && !/^(dear|hi)\b/i.test(l))?.slice(0, 70) ?? text}`, () => {
        const full = letter(text);
        const found = check(full).filter((f) => f.ruleId === ruleId);
        assert.ok(found.length > 0, `expected ${ruleId} in:\n${full}`);
        if (spans) assert.deepEqual(found.map((f) => full.slice(f.span.start, f.span.end)), spans);
      });
    }
  });
}
