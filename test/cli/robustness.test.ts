import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { BAD, UNGRACIOUS_SENTENCE } from './fixtures/drafts';
import { buildCliOnce, CLI, makeProject, removeProject, runJson } from './harness';

const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

describe('gracious check: awkward input', () => {
  let dir: string;
  before(() => {
    buildCliOnce();
    dir = makeProject({
      'photo.email.md': BINARY,
      'late-nul.email.md': `${BAD}${' '.repeat(9000)}\0 trailing bytes\n`,
      'bom.email.md': `\ufeff${BAD}`,
      'notepad.email.md': utf16le(BAD),
      'latin1.email.md': Buffer.from('Dear Ms. Mu\xf1oz,\n\nThank you for [Company].\n', 'latin1'),
      'crlf.email.md': BAD.replace(/\n/g, '\r\n'),
      'empty.email.md': '',
      // About a megabyte of report, far more than a pipe holds.
      'many.email.md': `Dear Sam,\n\n${'Thank you for [Company].\n\n'.repeat(10000)}`,
    });
  });
  after(() => removeProject(dir));

  it('skips a binary file with a note on stderr, and still checks the rest', () => {
    const { report, stderr, code } = runJson(['photo.email.md', 'bom.email.md'], { cwd: dir });
    assert.equal(stderr, 'gracious: skipped photo.email.md: it looks like a binary file (it has NUL bytes)\n');
    assert.deepEqual(report.map((r) => r.file), ['bom.email.md']);
    assert.equal(code, 1);
  });

  it('checks as text a file whose NUL bytes come late', () => {
    const { report, stderr } = runJson(['late-nul.email.md'], { cwd: dir });
    assert.equal(stderr, '');
    assert.deepEqual(report[0].findings.map((f) => f.ruleId), ['placeholder-unfilled', 'negative-tone']);
  });

  it('drops a UTF-8 byte-order mark, as editors do, so columns match theirs', () => {
    const { report } = runJson(['bom.email.md'], { cwd: dir });
    assert.deepEqual([report[0].findings[0].line, report[0].findings[0].column], [1, 6]);
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const { report } = runJson(['notepad.email.md'], { cwd: dir });
    assert.deepEqual(report[0].findings.map((f) => [f.ruleId, f.line, f.column]), [['placeholder-unfilled', 1, 6], ['negative-tone', 7, 1]]);
  });

  it('checks bytes that are not UTF-8 without failing', () => {
    const { report, code } = runJson(['latin1.email.md'], { cwd: dir });
    assert.ok(report[0].findings.some((f) => f.ruleId === 'placeholder-unfilled' && f.line === 3));
    assert.equal(code, 1);
  });

  it('counts CRLF line breaks as one', () => {
    const { report } = runJson(['crlf.email.md'], { cwd: dir });
    assert.deepEqual(report[0].findings.map((f) => [f.line, f.column, f.endLine, f.endColumn]), [[1, 6, 1, 22], [7, 1, 7, 1 + UNGRACIOUS_SENTENCE.length]]);
  });

  it('checks an empty file and empty stdin', () => {
    const { report, code } = runJson(['empty.email.md', '-'], { cwd: dir, input: '' });
    assert.deepEqual(report.map((r) => r.file), ['empty.email.md', '<stdin>']);
    assert.equal(code, 0);
  });

  // What makes a real draft weigh 5 MB: the whole earlier thread quoted below it, or an image pasted inline as a
  // data URI (one 5 MB line). Five megabytes of the author's own prose is not a draft; the core's speed on prose
  // is the benchmark's business.
  const FIVE_MB = 5 * 1024 * 1024;
  const quote = '> On Monday the recruiter wrote: the panel liked your portfolio but chose another candidate.\n';
  for (const [name, big] of [
    ['the quoted thread', `${BAD}\n${quote.repeat(Math.ceil(FIVE_MB / quote.length))}`],
    ['a pasted image', `${BAD}\n![signature](data:image/png;base64,${Buffer.alloc((FIVE_MB * 3) / 4, 7).toString('base64')})\n`],
  ]) {
    it(`checks a draft made 5 MB by ${name}`, function () {
      this.timeout(60_000);
      assert.ok(Buffer.byteLength(big) >= FIVE_MB);
      const { report, code } = runJson(['-'], { cwd: dir, input: big });
      assert.deepEqual(report[0].findings.map((f) => [f.ruleId, f.line, f.column]), [['placeholder-unfilled', 1, 6], ['negative-tone', 7, 1]]);
      assert.equal(code, 1);
    });
  }

  it('ends quietly when the reader closes the pipe early, as `| head` does', async () => {
    const child = spawn(process.execPath, [CLI, 'check', 'many.email.md'], { cwd: dir });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const [code] = (await once(child, 'close')) as [number | null];
    assert.equal(stderr, '');
    assert.equal(code, 1);
  });
});
