// package.json, .vscodeignore and the files they name agree: every command the client registers is contributed
// and activates the extension, every walkthrough medium exists and is packaged, the guidance links every rule.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';

const ROOT = path.join(__dirname, '../..');
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');

interface Manifest {
  main: string;
  icon: string;
  activationEvents: string[];
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    menus: Record<string, { command: string }[]>;
    walkthroughs: { steps: { id: string; media: { markdown?: string; image?: string } }[] }[];
    snippets: { path: string }[];
    jsonValidation: { url: string }[];
    configuration: { properties: Record<string, { scope?: string; enum?: string[]; enumDescriptions?: string[]; default?: unknown }> };
  };
  capabilities: { untrustedWorkspaces: { supported: boolean | string } };
}

const manifest = JSON.parse(read('package.json')) as Manifest;

function clientSources(dir = path.join(ROOT, 'client/src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? clientSources(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [readFileSync(path.join(dir, entry.name), 'utf8')] : [],
  );
}

function registeredCommands(): string[] {
  const sources = clientSources().join('\n');
  const constants = new Map([...sources.matchAll(/export const (\w+) = '([^']+)'/g)].map((m) => [m[1]!, m[2]!]));
  return [...sources.matchAll(/registerCommand\(\s*(?:'([^']+)'|(\w+))/g)].map((m) => m[1] ?? constants.get(m[2]!) ?? `unknown constant ${m[2]}`);
}

/** Whether vsce keeps `file`, reading .vscodeignore as vsce does: later lines win, `!` re-includes. */
function packaged(file: string): boolean {
  let kept = true;
  for (const line of read('.vscodeignore').split('\n').map((l) => l.trim())) {
    if (!line || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    if (picomatch(negated ? line.slice(1) : line, { dot: true })(file)) kept = negated;
  }
  return kept;
}

describe('client: extension manifest', () => {
  const commands = registeredCommands();

  it('contributes every command the client registers, under the Gracious category, and activates on it', () => {
    assert.ok(commands.length >= 6, commands.join(', '));
    const contributed = manifest.contributes.commands.map((c) => c.command);
    assert.deepEqual([...contributed].sort(), [...commands].sort());
    for (const command of manifest.contributes.commands) assert.equal(command.category, 'Gracious', command.command);
    for (const command of commands) assert.ok(manifest.activationEvents.includes(`onCommand:${command}`), command);
  });

  it('names only contributed commands in its menus', () => {
    for (const [menu, items] of Object.entries(manifest.contributes.menus)) {
      for (const item of items) assert.ok(commands.includes(item.command), `${menu}: ${item.command}`);
    }
  });

  it('declares gracious.run per resource, with a description for each choice', () => {
    const run = manifest.contributes.configuration.properties['gracious.run'];
    assert.ok(run);
    assert.equal(run.scope, 'resource');
    assert.deepEqual(run.enum, ['onType', 'onSave']);
    assert.equal(run.enumDescriptions?.length, 2);
    assert.equal(run.default, 'onType');
  });

  it('packages every file the manifest points at, and no source or map', () => {
    const named = [
      manifest.main,
      manifest.icon,
      'dist/server.js',
      ...manifest.contributes.snippets.map((s) => s.path),
      ...manifest.contributes.jsonValidation.map((v) => v.url),
      ...manifest.contributes.walkthroughs.flatMap((w) => w.steps.map((s) => s.media.markdown ?? s.media.image ?? '')),
      'walkthroughs/guidance.md',
      ...readdirSync(path.join(ROOT, 'docs/rules')).map((f) => `docs/rules/${f}`),
    ].map((file) => path.posix.normalize(file.replace(/^\.\//, '')));
    for (const file of named) {
      assert.ok(existsSync(path.join(ROOT, file)) || file.startsWith('dist/'), `${file} is missing`);
      assert.ok(packaged(file), `${file} is left out of the .vsix by .vscodeignore`);
    }
    for (const file of ['dist/client.js.map', 'dist/cli.js', 'client/src/extension.ts', 'server/src/server.ts', 'node_modules/yaml/package.json', 'test/e2e/extension.e2e.ts', 'media/draw-icon.mjs']) {
      assert.ok(!packaged(file), `${file} would be packaged`);
    }
  });

  it('has a 128×128 PNG icon', () => {
    const png = readFileSync(path.join(ROOT, manifest.icon));
    assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
    assert.equal(png.readUInt32BE(16), 128);
    assert.equal(png.readUInt32BE(20), 128);
  });

  it('has the full-email snippet that Gracious: New Follow-up Email inserts', () => {
    const snippets = JSON.parse(read('snippets/markdown.code-snippets')) as Record<string, { prefix: string }>;
    assert.ok(Object.values(snippets).some((s) => s.prefix === 'gracious-followup'));
  });

  it('links every rule page from the guidance, and every link there resolves', () => {
    const guidance = read('walkthroughs/guidance.md');
    const links = [...guidance.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);
    for (const link of links) assert.ok(existsSync(path.join(ROOT, 'walkthroughs', link)), `${link} does not exist`);
    for (const page of readdirSync(path.join(ROOT, 'docs/rules'))) assert.ok(links.includes(`../docs/rules/${page}`), `guidance does not link ${page}`);
  });

  it('declares untrusted workspaces supported: it runs no workspace code', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
  });
});
