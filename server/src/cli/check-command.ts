// `gracious check`: collects the inputs, keeps those that are drafts, checks them and prints one report.
import * as path from 'node:path';
import { buildDraft, checkDraft, selectDraft } from '../core';
import type { CheckCommand } from './args';
import { shouldColour } from './colour';
import { discoveredConfigs, explicitConfig, type ConfigLookup } from './configs';
import { exitCodeFor, ExitCode } from './exit-codes';
import { FORMATTERS } from './formats';
import { collectInputs, type Input } from './inputs';
import { Notices } from './notices';
import { locate, type CheckedDraft } from './positions';
import { readInput } from './read';

const STDIN_NAME = '<stdin>';

async function checkInput(input: Input, configFor: ConfigLookup, cwd: string, notices: Notices): Promise<CheckedDraft | undefined> {
  const shownAs = input.kind === 'stdin' ? STDIN_NAME : path.relative(cwd, input.path);
  const text = await readInput(input, shownAs, notices);
  if (text === undefined) return undefined;
  const config = configFor(input.kind === 'stdin' ? cwd : path.dirname(input.path));
  const draft = buildDraft(text);
  const found = input.kind === 'file' && !input.named;
  if (found && !selectDraft(draft, path.relative(config.root, input.path), config.settings)) return undefined;
  const findings = checkDraft(draft, config.settings.options);
  return { file: shownAs, findings: findings.map((f) => locate(f, draft.lineStarts)) };
}

export async function runCheck(command: CheckCommand, cwd: string): Promise<ExitCode> {
  const notices = new Notices();
  const configFor = command.config === undefined ? discoveredConfigs(cwd, notices) : explicitConfig(command.config, cwd, notices);
  if (!configFor) return ExitCode.Trouble;
  const inputs = collectInputs(command.targets, cwd, notices.fail);
  // A mistyped path must not pass for a clean run, so nothing is checked until every operand resolved.
  if (notices.failed) return ExitCode.Trouble;
  const drafts: CheckedDraft[] = [];
  for (const input of inputs) {
    const checked = await checkInput(input, configFor, cwd, notices);
    if (checked) drafts.push(checked);
  }
  const colour = shouldColour(process.stdout.isTTY, process.env);
  process.stdout.write(FORMATTERS[command.format](drafts, { cwd, colour }));
  return exitCodeFor(drafts.flatMap((d) => d.findings.map((f) => f.severity)), notices.failed);
}
