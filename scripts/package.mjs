// Packages the extension as gracious-<version>.vsix with vsce: the minified bundles from `build.mjs --production`
// and the files .vscodeignore keeps. vsce runs in a staging folder that holds a copy of those bundles, taken right
// after they are built and checked to be the minified ones, so that another build writing dist/ meanwhile (a test
// run in the same working tree) cannot slip development bundles into the package.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createVSIX } from '@vscode/vsce';

const root = path.resolve(import.meta.dirname, '..');
const { name, version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const BUNDLES = ['dist/client.js', 'dist/server.js'];
const FILES = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', '.vscodeignore', 'snippets', 'schema', 'docs', 'walkthroughs', 'media'];
const ATTEMPTS = 3;

const stage = mkdtempSync(path.join(tmpdir(), 'gracious-package-'));
try {
  for (let attempt = 1; ; attempt++) {
    execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--production'], { cwd: root, stdio: 'inherit' });
    for (const bundle of BUNDLES) cpSync(path.join(root, bundle), path.join(stage, bundle));
    const minified = BUNDLES.every((bundle) => !readFileSync(path.join(stage, bundle), 'utf8').includes('sourceMappingURL'));
    if (minified) break;
    if (attempt === ATTEMPTS) throw new Error('another build kept rewriting dist/ while packaging; run npm run package again');
  }
  for (const file of FILES) cpSync(path.join(root, file), path.join(stage, file), { recursive: true });
  const packagePath = path.join(root, `${name}-${version}.vsix`);
  await createVSIX({ cwd: stage, packagePath, dependencies: false });
  console.log(`${path.basename(packagePath)}: ${(statSync(packagePath).size / 1024).toFixed(0)} KiB`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
