import assert from 'node:assert/strict';
import { docsUrl, RULE_IDS, ruleById } from '../../server/src/rules';
import { BAD, INFO_ONLY } from './fixtures/drafts';
import { buildCliOnce, makeProject, removeProject, runCli, runJson } from './harness';

// The parts of SARIF 2.1.0 the tests read; field names follow the OASIS specification.
interface SarifRegion { startLine: number; startColumn: number; endLine: number; endColumn: number; charOffset: number; charLength: number }
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: SarifRegion } }[];
}
interface SarifRule { id: string; shortDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: SarifResult[];
  }[];
}

const LEVELS = new Set(['error', 'warning', 'note']);

describe('gracious check --format sarif', () => {
  let dir: string;
  let log: SarifLog;
  let code: number | null;
  before(() => {
    buildCliOnce();
    dir = makeProject({ 'drafts/second round/bad.email.md': BAD, 'generic.email.md': INFO_ONLY });
    const run = runCli(['check', '--format', 'sarif', '.'], { cwd: dir });
    log = JSON.parse(run.stdout) as SarifLog;
    code = run.code;
  });
  after(() => removeProject(dir));

  it('is a SARIF 2.1.0 log with one run by the gracious driver', () => {
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /^https:\/\/.*sarif-2\.1\.0.*\.json$/);
    assert.equal(log.runs.length, 1);
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'gracious');
    assert.match(driver.version, /^\d+\.\d+\.\d+/);
    assert.ok(new URL(driver.informationUri).protocol === 'https:', 'informationUri is an absolute https URI');
    assert.equal(code, 1);
  });

  it('describes every rule with its docs link and default level', () => {
    const rules = log.runs[0].tool.driver.rules;
    assert.deepEqual(rules.map((r) => r.id), [...RULE_IDS]);
    for (const r of rules) {
      const rule = ruleById(r.id)!;
      assert.equal(r.shortDescription.text, rule.description);
      assert.equal(r.helpUri, docsUrl(r.id));
      assert.equal(r.defaultConfiguration.level, { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[rule.defaultSeverity]);
    }
  });

  it('reports each finding with its rule, level, message and a region matching the JSON report', () => {
    const results = log.runs[0].results;
    const rules = log.runs[0].tool.driver.rules;
    assert.deepEqual(results.map((r) => [r.ruleId, r.level]), [
      ['placeholder-unfilled', 'error'],
      ['negative-tone', 'warning'],
      ['greeting-generic', 'note'],
    ]);
    const json = runJson(['.'], { cwd: dir }).report.flatMap((d) => d.findings);
    results.forEach((result, i) => {
      assert.ok(LEVELS.has(result.level));
      assert.equal(rules[result.ruleIndex].id, result.ruleId);
      assert.equal(result.message.text, json[i].message);
      assert.equal(result.locations.length, 1);
      const { region } = result.locations[0].physicalLocation;
      const f = json[i];
      assert.deepEqual(region, {
        startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn,
        charOffset: f.offset, charLength: f.endOffset - f.offset,
      });
    });
  });

  it('locates files by URIs relative to the working directory, with forward slashes and escapes', () => {
    const run = log.runs[0];
    const uris = run.results.map((r) => r.locations[0].physicalLocation.artifactLocation);
    assert.deepEqual(uris[0], { uri: 'drafts/second%20round/bad.email.md', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(uris[2], { uri: 'generic.email.md', uriBaseId: '%SRCROOT%' });
    const root = run.originalUriBaseIds['%SRCROOT%'].uri;
    assert.match(root, /^file:\/\/.*\/$/, 'a base URI must end with a slash');
    assert.equal(new URL(uris[0].uri, root).pathname, new URL(`drafts/second%20round/bad.email.md`, `file://${dir}/`).pathname);
  });

  it('is still a valid log when nothing was found', () => {
    const empty = JSON.parse(runCli(['check', '--format', 'sarif', '-'], { cwd: dir, input: '' }).stdout) as SarifLog;
    assert.deepEqual(empty.runs[0].results, []);
    assert.equal(empty.runs[0].tool.driver.rules.length, RULE_IDS.length);
  });
});
