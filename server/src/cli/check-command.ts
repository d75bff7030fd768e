// `gracious check`: collects the inputs, keeps those that are drafts, checks them (on worker threads when there
// are many) and prints one report. Results and notices are reported in input order, so the output is the same
// whatever the number of threads.
import * as os from 'node:os';
import * as path from 'node:path';
import type { CheckCommand } from './args';
import { shouldColour } from './colour';
import { discoveredConfigs, explicitConfig } from './configs';
import { runDraftTask, type DraftResult } from './draft-task';
import { exitCodeFor, ExitCode } from './exit-codes';
import { FORMATTERS } from './formats';
import { collectInputs } from './inputs';
import { Notices } from './notices';
import type { CheckedDraft } from './positions';
import { progressBar, type Progress } from './progress';
import { runInWorkers, type PooledTask } from './worker-pool';

const STDIN_NAME = '<stdin>';

// A worker thread takes about 0.1 s to load the checker, some 50 drafts' worth of checking: below this many
// drafts per thread, threads cost more than they save.
const MIN_INPUTS_PER_WORKER = 200;

/** How many worker threads a run of `inputs` inputs uses; 0 means none, everything on the main thread. */
export function workerCount(inputs: number, jobs: number): number {
  const workers = Math.min(jobs, Math.floor(inputs / MIN_INPUTS_PER_WORKER));
  return workers > 1 ? workers : 0;
}

export async function runCheck(command: CheckCommand, cwd: string): Promise<ExitCode> {
  let progress: Progress | undefined;
  const notices = new Notices((line) => (progress ? progress.writeLine(line) : process.stderr.write(line)));
  const configFor = command.config === undefined ? discoveredConfigs(cwd, notices) : explicitConfig(command.config, cwd, notices);
  if (!configFor) return ExitCode.Trouble;
  const inputs = collectInputs(command.targets, cwd, notices.fail);
  // A mistyped path must not pass for a clean run, so nothing is checked until every operand resolved.
  if (notices.failed) return ExitCode.Trouble;

  // Configs are looked up here, in input order, so that their warnings come out in the same order every run.
  const tasks: PooledTask[] = inputs.map((input, index) => {
    const config = configFor(input.kind === 'stdin' ? cwd : path.dirname(input.path));
    const found = input.kind === 'file' && !input.named;
    return {
      task: {
        index,
        input,
        shownAs: input.kind === 'stdin' ? STDIN_NAME : path.relative(cwd, input.path),
        selectionPath: found ? path.relative(config.root, input.path) : undefined,
      },
      settings: config.settings,
    };
  });

  progress = progressBar(tasks.length, process.stderr);
  const results: (DraftResult | undefined)[] = new Array(tasks.length);
  let reported = 0;
  // Results arrive in any order from threads; notices are replayed strictly in input order.
  const receive = (result: DraftResult): void => {
    results[result.index] = result;
    for (; reported < results.length && results[reported]; reported++) {
      for (const notice of results[reported]!.notices) notices[notice.kind](notice.message);
    }
    progress?.update(reported);
  };
  const workers = workerCount(tasks.length, command.jobs ?? os.availableParallelism());
  // stdin can only be read here, on the main thread.
  const onMainThread = workers === 0 ? tasks : tasks.filter(({ task }) => task.input.kind === 'stdin');
  const onWorkers = workers === 0 ? [] : tasks.filter(({ task }) => task.input.kind !== 'stdin');
  for (const { task, settings } of onMainThread) receive(await runDraftTask(task, settings));
  if (onWorkers.length) await runInWorkers(onWorkers, workers, receive);
  progress.finish();
  progress = undefined;

  const drafts = results.map((r) => r?.checked).filter((d): d is CheckedDraft => d !== undefined);
  const colour = shouldColour(process.stdout.isTTY, process.env);
  process.stdout.write(FORMATTERS[command.format](drafts, { cwd, colour }));
  return exitCodeFor(drafts.flatMap((d) => d.findings.map((f) => f.severity)), notices.failed);
}
