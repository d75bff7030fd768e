// Fixture drafts carry their expected findings in HTML comments, which the checks ignore:
//   <!-- expect rule-id [rule-id…] -->   at the end of a line: findings that start on that line;
//                                        on a line of its own: findings that start on the next line with text.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check } from '../../server/src/core';
import { lineOf, lineStarts } from '../../server/src/core/lines';

const dir = path.join(__dirname, '..', 'fixtures');
const EXPECT = /<!--\s*expect\s+([^>]*?)\s*-->/g;

function expectations(text: string): string[] {
  const starts = lineStarts(text);
  const lines = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  for (const m of text.matchAll(EXPECT)) {
    let line = lineOf(starts, m.index);
    if (lines[line].slice(0, m.index - starts[line]).trim() === '') {
      do line++; while (line < lines.length && lines[line].trim() === '');
    }
    for (const id of m[1].split(/\s+/)) out.push(`${line + 1}:${id}`);
  }
  return out.sort();
}

describe('fixture drafts', () => {
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    it(file, () => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const starts = lineStarts(text);
      const actual = check(text).map((f) => `${lineOf(starts, f.span.start) + 1}:${f.ruleId}`).sort();
      assert.deepEqual(actual, expectations(text));
    });
  }
});
