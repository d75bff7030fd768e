// One input's whole check, from bytes to located findings, as the main thread or a worker thread runs it. Its
// notices come back as a list, so the report and stderr read the same however many threads did the work.
import type { Settings } from '../config/settings';
import { buildDraft, checkDraft, selectDraft } from '../core';
import type { Input } from './inputs';
import { noticeList, type Notice, type NoticeSink } from './notices';
import { locate, type CheckedDraft } from './positions';
import { readInput } from './read';

export interface DraftTask {
  /** Position among the inputs: results are reported in this order. */
  readonly index: number;
  readonly input: Input;
  /** The path shown to the user, or `<stdin>`. */
  readonly shownAs: string;
  /** For a file found by walking or by a glob: its path relative to its config root, which selection matches. */
  readonly selectionPath: string | undefined;
}

export interface DraftResult {
  readonly index: number;
  /** Undefined when the input was unreadable, binary, or found but not a draft. */
  readonly checked: CheckedDraft | undefined;
  readonly notices: readonly Notice[];
}

/** Never throws: a failure is a notice about this input, so one bad file cannot end the run in either thread. */
export async function runDraftTask(task: DraftTask, settings: Settings): Promise<DraftResult> {
  const { sink, notices } = noticeList();
  try {
    return await check(task, settings, sink, notices);
  } catch (error) {
    sink.fail(`cannot check ${task.shownAs}: ${error instanceof Error ? error.message : String(error)}`);
    return { index: task.index, checked: undefined, notices };
  }
}

async function check(task: DraftTask, settings: Settings, sink: NoticeSink, notices: readonly Notice[]): Promise<DraftResult> {
  const text = await readInput(task.input, task.shownAs, sink);
  if (text === undefined) return { index: task.index, checked: undefined, notices };
  const draft = buildDraft(text);
  if (task.selectionPath !== undefined && !selectDraft(draft, task.selectionPath, settings)) return { index: task.index, checked: undefined, notices };
  const findings = checkDraft(draft, settings.options);
  return { index: task.index, checked: { file: task.shownAs, findings: findings.map((f) => locate(f, draft.lineStarts)) }, notices };
}
