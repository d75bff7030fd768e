// What ships: the server bundle as built for release (minified, no source map) and, once `npm run package` exists,
// the .vsix it makes.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT } from './paths';

export interface ArtifactSizes {
  readonly serverBundleBytes: number;
  /** Undefined, with the reason, until the project can package an extension. */
  readonly vsix: { readonly bytes: number } | { readonly missing: string };
}

async function minifiedServerBytes(): Promise<number> {
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, 'server/src/server.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles.reduce((sum, file) => sum + file.contents.byteLength, 0);
}

function packagedVsix(): ArtifactSizes['vsix'] {
  const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  if (!scripts.package) return { missing: 'n/a (no "npm run package" yet)' };
  const run = spawnSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) return { missing: `n/a ("npm run package" failed: ${(run.stderr || run.stdout).trim().split('\n').pop()})` };
  const newest = fs.readdirSync(ROOT).filter((f) => f.endsWith('.vsix'))
    .map((f) => fs.statSync(path.join(ROOT, f)))
    .sort((a, b) => b.mtimeMs - a.mtimeMs)[0];
  return newest ? { bytes: newest.size } : { missing: 'n/a ("npm run package" wrote no .vsix)' };
}

export async function measureArtifacts(): Promise<ArtifactSizes> {
  return { serverBundleBytes: await minifiedServerBytes(), vsix: packagedVsix() };
}
