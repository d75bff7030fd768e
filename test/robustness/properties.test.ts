// Property tests of the checking core: for any string, check() never throws, every finding (and every fix's edit)
// lies inside the text on UTF-16 boundaries, never splitting a surrogate pair or a \r\n, and the same text
// always gives the same findings.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { check, type Finding, type Span } from '../../server/src/core';

// Markdown and email fragments, so that random strings reach the parser's and the rules' corners, not only text.
const FRAGMENTS = [
  'Dear Ms. Patel,', 'Hi,', 'Thank you for your time.', 'Could you tell me how I did on the SQL task?', 'unfair', 'a waste of my time',
  'I remain interested in future roles.', '[Hiring Manager]', '<Company>', '{{role}}', 'XXX', '[link](http://x)', '![img](y)',
  '[^1]', '[^1]: note', '`code`', '```', '<!--', '-->', '<!-- gracious-disable -->', '<!-- gracious-disable-next-line negative-tone -->',
  '> ', '- ', '1. ', '# ', '---', '***', '_', '*', '\\', '&amp;', '\r\n', '\r', '\n', '\n\n', '\t', ' ', '\0', '\ufeff',
  '\ud83d\ude00', '\ud800', '\udc00', 'é', 'Subject: hi', 'Best,', '.', '?', '!', '…',
];

const markdownish = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join(''));
const anyString = fc.oneof(markdownish, fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }));

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Whether an offset falls inside a surrogate pair or between the two characters of \r\n. */
function splitsUnit(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (isHighSurrogate(before) && isLowSurrogate(after)) || (before === 0x0d && after === 0x0a);
}

function assertSpan(text: string, span: Span, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: offsets are integers`);
  assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what}: [${span.start}, ${span.end}) lies inside 0..${text.length}`);
  assert.ok(!splitsUnit(text, span.start) && !splitsUnit(text, span.end), `${what}: [${span.start}, ${span.end}) splits a surrogate pair or \\r\\n`);
}

function assertWellFormed(text: string, findings: readonly Finding[]): void {
  for (const finding of findings) {
    assertSpan(text, finding.span, finding.ruleId);
    for (const fix of finding.fixes) for (const edit of fix.edits) assertSpan(text, edit.span, `${finding.ruleId} fix "${fix.title}"`);
  }
}

describe('robustness: properties of check() for any string', () => {
  it('never throws, and keeps every finding and fix inside the text, on UTF-16 boundaries', () => {
    fc.assert(fc.property(anyString, (text) => assertWellFormed(text, check(text))), { numRuns: 1500, seed: 5 });
  });

  it('is deterministic: the same text gives the same findings', () => {
    fc.assert(fc.property(anyString, (text) => assert.deepEqual(check(text), check(text))), { numRuns: 500, seed: 6 });
  });
});
