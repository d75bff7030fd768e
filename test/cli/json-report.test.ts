import assert from 'node:assert/strict';
import { BAD, CLEAN, UNGRACIOUS_SENTENCE } from './fixtures/drafts';
import { buildCliOnce, makeProject, removeProject, runJson } from './harness';

/** 1-based line and UTF-16 column of `offset`, counted independently of the CLI (the drafts use \n only). */
function lineColumn(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset);
  return [before.split('\n').length, offset - before.lastIndexOf('\n')];
}

describe('gracious check --format json', () => {
  let dir: string;
  before(() => {
    buildCliOnce();
    dir = makeProject({
      'drafts/bad.email.md': BAD,
      'drafts/clean.email.md': CLEAN,
      'drafts/scan.email.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]),
    });
  });
  after(() => removeProject(dir));

  it('lists every checked draft, findings or not, by its path relative to the cwd', () => {
    const { report, code } = runJson(['drafts'], { cwd: dir });
    assert.deepEqual(report.map((r) => r.file), ['drafts/bad.email.md', 'drafts/clean.email.md']);
    assert.ok(report.every((r) => Array.isArray(r.findings)));
    assert.deepEqual(report[1].findings, []);
    assert.equal(code, 1);
  });

  it('gives each finding exactly these fields', () => {
    const { report } = runJson(['drafts/bad.email.md'], { cwd: dir });
    const placeholder = report[0].findings[0];
    assert.deepEqual(placeholder, {
      ruleId: 'placeholder-unfilled',
      severity: 'error',
      message: placeholder.message,
      line: 1,
      column: 6,
      endLine: 1,
      endColumn: 22,
      offset: 5,
      endOffset: 21,
    });
    assert.match(placeholder.message, /^Unfilled placeholder \[Hiring Manager\]/);
  });

  it('has offsets into the draft and lines and columns that agree with them', () => {
    const { report } = runJson(['drafts/bad.email.md'], { cwd: dir });
    const findings = report[0].findings;
    assert.deepEqual(findings.map((f) => BAD.slice(f.offset, f.endOffset)), ['[Hiring Manager]', UNGRACIOUS_SENTENCE]);
    for (const f of findings) {
      assert.deepEqual([f.line, f.column], lineColumn(BAD, f.offset), `${f.ruleId} start`);
      assert.deepEqual([f.endLine, f.endColumn], lineColumn(BAD, f.endOffset), `${f.ruleId} end (exclusive)`);
    }
  });

  it('keeps notes on stderr, so stdout stays parseable JSON', () => {
    const { report, stderr } = runJson(['drafts'], { cwd: dir });
    assert.equal(stderr, 'gracious: skipped drafts/scan.email.md: it looks like a binary file (it has NUL bytes)\n');
    assert.equal(report.length, 2);
  });
});
