// Where the benchmark finds the repository: bench/ in the sources, dist/ once bundled; both sit one level down.
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');
export const SERVER_BUNDLE = path.join(ROOT, 'dist', 'server.js');
export const CLI_BUNDLE = path.join(ROOT, 'dist', 'cli.js');
