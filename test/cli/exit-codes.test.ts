import assert from 'node:assert/strict';
import * as net from 'node:net';
import * as path from 'node:path';
import { BAD, CLEAN, INFO_ONLY, UNGRACIOUS_SENTENCE } from './fixtures/drafts';
import { buildCliOnce, makeProject, removeProject, runCli } from './harness';

describe('gracious check: exit codes', () => {
  let dir: string;
  before(() => {
    buildCliOnce();
    dir = makeProject({
      'clean.email.md': CLEAN,
      'generic.email.md': INFO_ONLY,
      'bad.email.md': BAD,
      'tone-only.email.md': BAD.replace('[Hiring Manager]', 'Ms. Patel'),
      'placeholder-only.email.md': BAD.replace(`${UNGRACIOUS_SENTENCE}\n\n`, ''),
      'strict/.graciousrc.json': JSON.stringify({ rules: { 'greeting-generic': 'warning' } }),
      'strict/generic.email.md': INFO_ONLY,
      'lenient/.graciousrc.json': JSON.stringify({ rules: { 'negative-tone': 'off', 'placeholder-unfilled': 'information' } }),
      'lenient/bad.email.md': BAD,
    });
  });
  after(() => removeProject(dir));

  const exitCode = (...args: string[]): number | null => runCli(args, { cwd: dir }).code;

  it('is 0 when nothing was found', () => {
    assert.equal(exitCode('check', 'clean.email.md'), 0);
  });

  it('is 0 when only information-level findings were reported', () => {
    const { code, stdout } = runCli(['check', 'generic.email.md'], { cwd: dir });
    assert.match(stdout, /greeting-generic/);
    assert.equal(code, 0);
  });

  it('is 1 for a warning, and 1 for an error', () => {
    assert.equal(exitCode('check', 'tone-only.email.md'), 1);
    assert.equal(exitCode('check', 'placeholder-only.email.md'), 1);
  });

  it('follows the severities the config file sets, both ways', () => {
    assert.equal(exitCode('check', 'strict/generic.email.md'), 1);
    const { code, stdout } = runCli(['check', '--format', 'json', 'lenient/bad.email.md'], { cwd: dir });
    assert.deepEqual((JSON.parse(stdout) as { findings: { severity: string }[] }[])[0].findings.map((f) => f.severity), ['information']);
    assert.equal(code, 0);
  });

  it('is 2 for an unknown option, naming it, with nothing on stdout', () => {
    const { code, stdout, stderr } = runCli(['check', '--fix', 'bad.email.md'], { cwd: dir });
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /Unknown option '--fix'/);
    assert.match(stderr, /gracious --help/);
  });

  it('is 2 for an unknown format, listing the known ones', () => {
    const { code, stderr } = runCli(['check', '--format', 'xml', 'bad.email.md'], { cwd: dir });
    assert.equal(code, 2);
    assert.match(stderr, /unknown format "xml" \(known: text, json, sarif\)/);
  });

  it('is 2 for an option without its value', () => {
    assert.equal(exitCode('check', 'bad.email.md', '--format'), 2);
  });

  it('is 2 for a missing or unknown command, and for arguments to "rules"', () => {
    assert.equal(exitCode(), 2);
    assert.equal(exitCode('lint', 'bad.email.md'), 2);
    assert.equal(exitCode('rules', 'bad.email.md'), 2);
  });

  it('is 2 for a file that does not exist, and checks nothing else', () => {
    const { code, stdout, stderr } = runCli(['check', 'bad.email.md', 'nope.email.md'], { cwd: dir });
    assert.equal(code, 2);
    assert.equal(stdout, '', 'a mistyped path must not look like a clean run');
    assert.match(stderr, /no such file or folder: nope\.email\.md/);
  });

  it('is 2 for a glob that matches nothing', () => {
    const { code, stderr } = runCli(['check', 'drafts/**/*.md'], { cwd: dir });
    assert.equal(code, 2);
    assert.match(stderr, /no Markdown files match "drafts\/\*\*\/\*\.md"/);
  });

  it('is 2 for input that cannot be read, after reporting what could be', async () => {
    // A socket exists but cannot be read as a file, even by root (for whom chmod 000 changes nothing).
    const socket = path.join(dir, 'socket.email.md');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      const { code, stdout, stderr } = runCli(['check', 'clean.email.md', 'socket.email.md'], { cwd: dir });
      assert.equal(code, 2);
      assert.match(stderr, /cannot read socket\.email\.md/);
      assert.match(stdout, /0 problems in 0 of 1 draft/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
