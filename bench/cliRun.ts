// The command line on a folder of 10,000 drafts: on one thread and on every core, and whether both reports agree.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI_BUNDLE, ROOT } from './paths';

export interface CliResults {
  readonly drafts: number;
  readonly oneThreadMs: number;
  readonly allCoresMs: number;
  readonly cores: number;
  readonly sameReport: boolean;
}

const DRAFTS = 10_000;

function corpusTexts(): string[] {
  const dirs = ['test/corpus/dev-1', 'test/corpus/dev-2', 'test/corpus/dev-3', 'test/corpus/dev-4', 'test/corpus/heldout'];
  return dirs.flatMap((dir) => fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.md')).sort().map((f) => fs.readFileSync(path.join(ROOT, dir, f), 'utf8')));
}

function timedRun(folder: string, jobs: number): { ms: number; report: string } {
  const start = performance.now();
  const run = spawnSync(process.execPath, [CLI_BUNDLE, 'check', '--format', 'json', '--jobs', String(jobs), folder], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (run.status !== 0 && run.status !== 1) throw new Error(`gracious check failed (${run.status}): ${run.stderr}`);
  return { ms, report: run.stdout };
}

export function measureCli(): CliResults {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gracious-bench-'));
  try {
    const texts = corpusTexts();
    for (let i = 0; i < DRAFTS; i++) {
      const sub = path.join(folder, `batch-${String(Math.floor(i / 1000)).padStart(2, '0')}`);
      if (i % 1000 === 0) fs.mkdirSync(sub);
      fs.writeFileSync(path.join(sub, `draft-${String(i).padStart(5, '0')}.email.md`), texts[i % texts.length]);
    }
    const cores = os.availableParallelism();
    timedRun(folder, cores); // warms the file cache
    const one = timedRun(folder, 1);
    const all = timedRun(folder, cores);
    return { drafts: DRAFTS, oneThreadMs: one.ms, allCoresMs: all.ms, cores, sameReport: one.report === all.report };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
