import assert from 'node:assert/strict';
import * as path from 'node:path';
import { BAD } from './fixtures/drafts';
import { buildCliOnce, makeProject, removeProject, runCli, runJson } from './harness';

const ruleIds = (findings: readonly { ruleId: string }[]): string[] => findings.map((f) => f.ruleId);

describe('gracious check: .graciousrc.json', () => {
  let dir: string;
  before(() => {
    buildCliOnce();
    dir = makeProject({
      '.graciousrc.json': JSON.stringify({ rules: { 'negative-tone': 'off' } }),
      'root.email.md': BAD,
      'nested/.graciousrc.json': JSON.stringify({ rules: { 'placeholder-unfilled': false } }),
      'nested/inner.email.md': BAD,
      'broken/.graciousrc.json': '{ "rules": { "negative-tone": "off", }',
      'broken/one.email.md': BAD,
      'broken/two.email.md': BAD,
      'partly/.graciousrc.json': JSON.stringify({ rules: { 'negative-tone': 'off', 'tone-police': 'error' }, colour: 'blue' }),
      'partly/draft.email.md': BAD,
      'configs/strict.json': JSON.stringify({ rules: { 'greeting-generic': 'error', 'placeholder-unfilled': 'off' } }),
      'configs/bad-json.json': '{ rules: }',
      'configs/unknown-key.json': JSON.stringify({ rulez: {} }),
    });
  });
  after(() => removeProject(dir));

  it('uses the nearest config file to each draft, not a merge with the ones above it', () => {
    const { report } = runJson(['root.email.md', 'nested/inner.email.md'], { cwd: dir });
    assert.deepEqual(ruleIds(report[0].findings), ['placeholder-unfilled']);
    assert.deepEqual(ruleIds(report[1].findings), ['negative-tone']);
  });

  it('uses the config file in the cwd for stdin', () => {
    const { report } = runJson(['-'], { cwd: dir, input: BAD });
    assert.deepEqual(ruleIds(report[0].findings), ['placeholder-unfilled']);
  });

  it('warns about a broken discovered config once, naming the file, and checks with defaults', () => {
    const { report, stderr, code } = runJson(['broken'], { cwd: dir });
    const file = path.join(dir, 'broken', '.graciousrc.json');
    const warnings = stderr.trim().split('\n');
    assert.equal(warnings.length, 1, stderr);
    assert.ok(warnings[0].startsWith(`gracious: ${file}: invalid JSON: `), warnings[0]);
    assert.match(warnings[0], /\(ignored; defaults apply\)$/);
    assert.deepEqual(report.map((r) => ruleIds(r.findings)), [
      ['placeholder-unfilled', 'negative-tone'],
      ['placeholder-unfilled', 'negative-tone'],
    ]);
    assert.equal(code, 1, 'a broken discovered config is a warning, not exit code 2');
  });

  it('keeps the valid parts of a discovered config and warns about each of the rest', () => {
    const { report, stderr, code } = runJson(['partly'], { cwd: dir });
    const file = path.join(dir, 'partly', '.graciousrc.json');
    assert.ok(stderr.includes(`gracious: ${file}: unknown setting "colour"`), stderr);
    assert.match(stderr, /unknown rule id "tone-police"/);
    assert.deepEqual(ruleIds(report[0].findings), ['placeholder-unfilled']);
    assert.equal(code, 1);
  });

  it('--config FILE replaces discovery for every draft', () => {
    const { report } = runJson(['--config', 'configs/strict.json', '-'], { cwd: dir, input: BAD.replace('[Hiring Manager]', 'Hiring Manager') });
    assert.deepEqual(report[0].findings.map((f) => [f.ruleId, f.severity]), [['greeting-generic', 'error'], ['negative-tone', 'warning']]);
    const nested = runJson(['-c', 'configs/strict.json', 'nested/inner.email.md'], { cwd: dir }).report;
    assert.deepEqual(ruleIds(nested[0].findings), ['negative-tone']);
  });

  for (const [name, config, problem] of [
    ['invalid JSON', 'configs/bad-json.json', /configs\/bad-json\.json: invalid JSON/],
    ['an unknown key', 'configs/unknown-key.json', /configs\/unknown-key\.json: unknown setting "rulez"/],
    ['no such file', 'configs/missing.json', /configs\/missing\.json: cannot read/],
  ] as const) {
    it(`--config with ${name} stops the run with exit code 2 and says why`, () => {
      const { code, stdout, stderr } = runCli(['check', '--config', config, 'root.email.md'], { cwd: dir });
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, problem);
    });
  }
});
