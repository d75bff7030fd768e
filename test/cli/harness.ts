// Runs the built CLI, dist/cli.js (the file users run), as a child process on throwaway folders.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
export const CLI = path.join(ROOT, 'dist/cli.js');

let built = false;

/** Builds dist/ once per mocha run, so the tests never run a bundle older than the sources. */
export function buildCliOnce(): void {
  if (built) return;
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
  built = true;
}

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd: string;
  readonly input?: string | Buffer;
  readonly env?: Readonly<Record<string, string>>;
}

export function runCli(args: readonly string[], { cwd, input, env }: RunOptions): CliResult {
  const childEnv = { ...process.env, ...env };
  if (!env?.NO_COLOR) delete childEnv.NO_COLOR;
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, input, env: childEnv, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw run.error;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The JSON report's shape, as the tests read it. */
export interface JsonReport {
  readonly file: string;
  readonly findings: readonly {
    readonly ruleId: string;
    readonly severity: string;
    readonly message: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly offset: number;
    readonly endOffset: number;
  }[];
}

export function runJson(args: readonly string[], options: RunOptions): CliResult & { readonly report: JsonReport[] } {
  const result = runCli(['check', '--format', 'json', ...args], options);
  return { ...result, report: JSON.parse(result.stdout) as JsonReport[] };
}

/** The files a JSON report lists, sorted. */
export function checkedFiles(report: readonly JsonReport[]): string[] {
  return report.map((r) => r.file).sort();
}

/** A temporary folder holding `files` (relative path → content); remove it with removeProject. */
export function makeProject(files: Readonly<Record<string, string | Buffer>>): string {
  // realpath: on macOS the temp folder is reached through a symlink, and reports show paths relative to the cwd.
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gracious-cli-')));
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(dir, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

export function removeProject(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
