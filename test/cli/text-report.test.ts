import assert from 'node:assert/strict';
import { shouldColour } from '../../server/src/cli/colour';
import { BAD, CLEAN, INFO_ONLY } from './fixtures/drafts';
import { buildCliOnce, makeProject, removeProject, runCli } from './harness';

describe('gracious check: text report', () => {
  let dir: string;
  before(() => {
    buildCliOnce();
    dir = makeProject({
      'bad.email.md': BAD,
      'clean.email.md': CLEAN,
      'generic.email.md': INFO_ONLY,
      // An emoji is two UTF-16 code units: the placeholder after it starts at column 16, not 15.
      'emoji.email.md': 'Dear Ms. Patel,\n\nThanks 😀 from [Your Name]\n',
    });
  });
  after(() => removeProject(dir));

  it('prints path:line:col, severity, message and rule id, one line per finding, then the summary', () => {
    const { stdout, stderr } = runCli(['check', 'bad.email.md', 'clean.email.md', 'generic.email.md'], { cwd: dir });
    const lines = stdout.split('\n');
    // Locations and severities are padded to line up: "generic.email.md:1:1" and "warning" are the widest.
    assert.match(lines[0], /^bad\.email\.md:1:6 {6}error {4}Unfilled placeholder \[Hiring Manager\]\..* {2}placeholder-unfilled$/);
    assert.match(lines[1], /^bad\.email\.md:7:1 {6}warning {2}This sentence .*"reconsider".* {2}negative-tone$/);
    assert.match(lines[2], /^generic\.email\.md:1:1 {2}info {5}This salutation names no one\..* {2}greeting-generic$/);
    assert.deepEqual(lines.slice(3), ['', '3 problems (1 error, 1 warning, 1 info) in 2 of 3 drafts', '']);
    assert.equal(stderr, '');
  });

  it('says so when nothing was found', () => {
    const { stdout, code } = runCli(['check', 'clean.email.md'], { cwd: dir });
    assert.equal(stdout, '0 problems in 0 of 1 draft\n');
    assert.equal(code, 0);
  });

  it('pluralises each count', () => {
    const { stdout } = runCli(['check', 'bad.email.md', '-'], { cwd: dir, input: BAD });
    assert.match(stdout, /\n4 problems \(2 errors, 2 warnings\) in 2 of 2 drafts\n$/);
  });

  it('counts columns in UTF-16 code units, as editors do', () => {
    const { stdout } = runCli(['check', 'emoji.email.md'], { cwd: dir });
    assert.match(stdout, /^emoji\.email\.md:3:16 +error +Unfilled placeholder \[Your Name\]/m);
  });

  it('writes no colour codes into a pipe, even with NO_COLOR unset', () => {
    const { stdout } = runCli(['check', 'bad.email.md'], { cwd: dir });
    assert.ok(stdout.length > 0);
    assert.doesNotMatch(stdout, /\x1b\[/);
  });

  it('colours only a terminal, and never when NO_COLOR is set', () => {
    assert.equal(shouldColour(true, {}), true);
    assert.equal(shouldColour(true, { NO_COLOR: '1' }), false);
    assert.equal(shouldColour(true, { NO_COLOR: '' }), true, 'no-color.org: an empty NO_COLOR does not count');
    assert.equal(shouldColour(false, {}), false);
    assert.equal(shouldColour(undefined, {}), false);
  });
});
