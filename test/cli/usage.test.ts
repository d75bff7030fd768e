import assert from 'node:assert/strict';
import * as os from 'node:os';
import { version } from '../../package.json';
import { RULES } from '../../server/src/rules';
import { buildCliOnce, runCli } from './harness';

describe('gracious: help, version and rules', () => {
  before(buildCliOnce);
  const cwd = os.tmpdir();

  it('--help prints usage, every option and the exit-code policy to stdout', () => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = runCli([flag], { cwd });
      assert.equal(code, 0);
      assert.equal(stderr, '');
      assert.match(stdout, /^Usage:\n {2}gracious check \[options\] \[file \| folder \| glob \| -\]\.\.\./m);
      for (const option of ['--format NAME', 'text, json, sarif', '--config FILE', '--help', '--version']) assert.ok(stdout.includes(option), option);
      assert.match(stdout, /discovered config file is reported on stderr and defaults apply/);
      assert.match(stdout, /--config stops the run with exit code 2/);
      assert.match(stdout, /^ {2}2 {2}usage error/m);
    }
  });

  it('--help wins over everything else on the line', () => {
    assert.equal(runCli(['check', 'nope.md', '--format', 'json', '--help'], { cwd }).code, 0);
  });

  it('--version prints the package version', () => {
    for (const flag of ['--version', '-v']) assert.equal(runCli([flag], { cwd }).stdout, `${version}\n`);
  });

  it('"gracious rules" lists every rule id with its default severity and description', () => {
    const { code, stdout } = runCli(['rules'], { cwd });
    const rows = stdout.trimEnd().split('\n').map((line) => line.split(/ {2,}/));
    assert.deepEqual(rows, RULES.map((r) => [r.id, r.defaultSeverity, r.description]));
    assert.equal(code, 0);
  });
});
