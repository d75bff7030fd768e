// The server under test is the built bundle, exactly what `gracious-ls` runs.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

export const SERVER_PATH = path.join(ROOT, 'dist', 'server.js');

/** `npm test` builds first; a bare `npx mocha test/protocol` may not have. */
export function ensureServerBuilt(): void {
  if (!fs.existsSync(SERVER_PATH)) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
}
