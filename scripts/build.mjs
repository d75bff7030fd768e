// Bundles the extension client, the language server and the command-line tools with esbuild.
import { rm } from 'node:fs/promises';
import * as esbuild from 'esbuild';

// --production (the .vsix build): minified, without source maps, so the package stays small.
const production = process.argv.includes('--production');
// Maps left by an earlier development build would no longer match the minified bundles.
if (production) await Promise.all(['client', 'server', 'cli', 'eval'].map((name) => rm(`dist/${name}.js.map`, { force: true })));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};
const withShebang = { banner: { js: '#!/usr/bin/env node' } };

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, ...withShebang, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...common, ...withShebang, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/eval/main.ts'], outfile: 'dist/eval.js' }),
  // The CLI's worker threads load this beside dist/cli.js.
  esbuild.build({ ...common, entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/cli-worker.js' }),
  // `npm run bench`; the other checkers it compares are ES modules, loaded from node_modules at run time.
  esbuild.build({ ...common, entryPoints: ['bench/main.ts'], outfile: 'dist/bench.js', external: ['esbuild', 'write-good', 'alex', 'harper.js'] }),
]);
