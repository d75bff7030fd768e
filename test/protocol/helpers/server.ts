// The server under test is the built bundle, exactly what `gracious-ls` runs.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository: the nearest folder above this file with a package.json (this file is also bundled into dist/bench.js). */
function repositoryRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (dir === path.dirname(dir)) throw new Error(`no package.json above ${from}`);
  }
}

const ROOT = repositoryRoot(__dirname);

export const SERVER_PATH = path.join(ROOT, 'dist', 'server.js');

/** `npm test` builds first; a bare `npx mocha test/protocol` may not have. */
export function ensureServerBuilt(): void {
  if (!fs.existsSync(SERVER_PATH)) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
}
