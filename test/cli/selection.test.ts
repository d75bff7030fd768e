import assert from 'node:assert/strict';
import { BAD, CLEAN, README } from './fixtures/drafts';
import { buildCliOnce, checkedFiles, makeProject, removeProject, runJson } from './harness';

describe('gracious check: which files are checked', () => {
  let dir: string;
  before(() => {
    buildCliOnce();
    dir = makeProject({
      'README.md': README,
      'notes.md': 'Dear Sam,\n\nThank you for the call on Monday.\n',
      'cover.email.md': CLEAN,
      'letters/plain.md': README,
      'letters/opted-out.email.md': `---\ngracious: false\n---\n${BAD}`,
      'letters/opted-in.md': `---\ngracious: true\n---\n${README}`,
      'letters/notes.txt': BAD,
      'node_modules/template/index.email.md': BAD,
      '.drafts/old.email.md': BAD,
      // Globs in a config file are relative to its folder: "archive/**" here means applications/archive/**.
      'applications/.graciousrc.json': JSON.stringify({ exclude: ['archive/**', '*.bak.md'], include: ['plain/*.md'] }),
      'applications/acme.email.md': BAD,
      'applications/acme.email.bak.md': BAD,
      'applications/archive/2023.email.md': BAD,
      'applications/plain/initech.md': README,
    });
  });
  after(() => removeProject(dir));

  it('walks folders for drafts: *.email.md files, email-like Markdown and front matter opt-ins', () => {
    const { report } = runJson(['.'], { cwd: dir });
    assert.deepEqual(checkedFiles(report), [
      'applications/acme.email.md',
      'applications/plain/initech.md',
      'cover.email.md',
      'letters/opted-in.md',
      'notes.md',
    ]);
  });

  it('leaves out a README that is not a draft, but checks notes.md that opens with "Dear …,"', () => {
    const files = checkedFiles(runJson(['.'], { cwd: dir }).report);
    assert.ok(!files.includes('README.md'));
    assert.ok(files.includes('notes.md'));
  });

  it('never enters node_modules or dot-folders, and takes only Markdown files', () => {
    const files = checkedFiles(runJson(['.'], { cwd: dir }).report);
    assert.deepEqual(files.filter((f) => /node_modules|\.drafts|\.txt$/.test(f)), []);
  });

  it('respects front matter "gracious: false" in a folder walk', () => {
    assert.deepEqual(checkedFiles(runJson(['letters'], { cwd: dir }).report), ['letters/opted-in.md']);
  });

  it('applies exclude and include globs relative to the config file that holds them', () => {
    const fromRoot = checkedFiles(runJson(['applications'], { cwd: dir }).report);
    const fromInside = checkedFiles(runJson(['.'], { cwd: `${dir}/applications` }).report);
    assert.deepEqual(fromRoot, ['applications/acme.email.md', 'applications/plain/initech.md']);
    assert.deepEqual(fromInside, ['acme.email.md', 'plain/initech.md']);
  });

  it('always checks a file named on the command line', () => {
    const named = ['README.md', 'letters/opted-out.email.md', 'letters/notes.txt', 'applications/archive/2023.email.md'];
    assert.deepEqual(checkedFiles(runJson(named, { cwd: dir }).report), [...named].sort());
  });

  it('matches quoted globs against paths under the cwd, skipping node_modules and dot-folders', () => {
    assert.deepEqual(checkedFiles(runJson(['**/*.email.md'], { cwd: dir }).report), ['applications/acme.email.md', 'cover.email.md']);
    assert.deepEqual(checkedFiles(runJson(['./letters/*.md'], { cwd: dir }).report), ['letters/opted-in.md']);
  });

  it('checks each file once, however many operands reach it', () => {
    const { report } = runJson(['cover.email.md', '.', '*.email.md'], { cwd: dir });
    assert.equal(report.filter((r) => r.file === 'cover.email.md').length, 1);
  });

  it('checks the current folder when given no operands', () => {
    assert.deepEqual(checkedFiles(runJson([], { cwd: `${dir}/letters` }).report), ['opted-in.md']);
  });

  it('reads one draft from stdin, shown as <stdin>, whatever it looks like', () => {
    const { report, code } = runJson(['-'], { cwd: dir, input: BAD });
    assert.deepEqual(report.map((r) => r.file), ['<stdin>']);
    assert.deepEqual(report[0].findings.map((f) => f.ruleId), ['placeholder-unfilled', 'negative-tone']);
    assert.equal(code, 1);
    assert.deepEqual(runJson(['-'], { cwd: dir, input: README }).report.map((r) => r.file), ['<stdin>']);
  });
});
