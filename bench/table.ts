// Renders the results as Markdown tables (they paste into the README as they are), each budget with met or not.
import type { ArtifactSizes } from './artifacts';
import type { CliResults } from './cliRun';
import type { ContenderResults, InProcessResults } from './inProcess';
import { throughput } from './inProcess';
import { MB } from './inputs';
import type { LspResults } from './overLsp';
import type { Summary } from './stats';

export interface BenchResults {
  readonly machine: string;
  readonly draftWords: number;
  readonly oneMbBytes: number;
  readonly core: InProcessResults;
  readonly lsp: LspResults;
  readonly contenders: readonly ContenderResults[];
  readonly artifacts: ArtifactSizes;
  readonly cli: CliResults;
}

const ms = (value: number): string => (value < 10 ? value.toFixed(3) : value < 100 ? value.toFixed(1) : value.toFixed(0)) + ' ms';
const spread = (s: Summary): string => `${ms(s.median)} (p95 ${ms(s.p95)})`;
const mbs = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)} MB/s`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
const times = (ratio: number): string => `${ratio < 10 ? ratio.toFixed(2) : ratio.toFixed(0)}×`;
const met = (ok: boolean): string => (ok ? 'met' : '**not met**');

function row(...cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Time per MB at the largest size over time per MB at the smallest: 1 is perfectly linear. */
export function growth(core: InProcessResults): number {
  const first = core.sizes[0];
  const last = core.sizes[core.sizes.length - 1];
  return first.mbPerSecond / last.mbPerSecond;
}

export function renderTables(r: BenchResults): string {
  const oneMb = r.core.sizes.find((s) => s.megabytes === 1)!;
  const g = growth(r.core);
  const vsix = 'bytes' in r.artifacts.vsix ? kb(r.artifacts.vsix.bytes) : r.artifacts.vsix.missing;
  const budgets = [
    row('measure', 'result', 'budget', ''),
    row('---', '---', '---', '---'),
    row(`check a typical draft (${r.draftWords} words), in process`, spread(r.core.draftCheck), '≤ 1 ms median', met(r.core.draftCheck.median <= 1)),
    row('&nbsp;&nbsp;of which parse and prose view (buildDraft)', spread(r.core.draftParse), '', ''),
    ...r.core.sizes.map((s) => row(`check ${s.megabytes} MB of email prose`, `${ms(s.check.median)}, ${mbs(s.mbPerSecond)}`,
      s.megabytes === 1 ? '≥ 20 MB/s' : '', s.megabytes === 1 ? met(s.mbPerSecond >= 20) : '')),
    row('growth: time per MB at 2 MB ÷ at 0.25 MB', times(g), 'linear (≤ 1.25×)', met(g <= 1.25)),
    row('&nbsp;&nbsp;of which parse and prose view, 1 MB', `${ms(r.core.parseOneMb.median)}, ${mbs(throughput(r.oneMbBytes, r.core.parseOneMb.median))}`, '', ''),
    row('keystroke → fresh diagnostics over LSP stdio (pull), draft', spread(r.lsp.keystrokeDraft), 'p95 ≤ 10 ms', met(r.lsp.keystrokeDraft.p95 <= 10)),
    row('keystroke → fresh diagnostics over LSP stdio (pull), 1 MB', spread(r.lsp.keystrokeOneMb), '', ''),
    row('keystroke → pushed diagnostics, draft (debounce included)', spread(r.lsp.pushDraft), '', ''),
    row('&nbsp;&nbsp;push debounce (fixed; pulls have none)', ms(r.lsp.debounceMs), '', ''),
    row('cold start: process start → first diagnostics', spread(r.lsp.coldStart), '≤ 200 ms', met(r.lsp.coldStart.median <= 200)),
    row('peak RSS, 1 draft open', `${r.lsp.peakRssOneDraft.toFixed(0)} MB`, '', ''),
    row('peak RSS, 100 drafts open', `${r.lsp.peakRssHundredDrafts.toFixed(0)} MB`, '≤ 80 MB', met(r.lsp.peakRssHundredDrafts <= 80)),
    row('server bundle (minified, as packaged)', kb(r.artifacts.serverBundleBytes), '', ''),
    row('.vsix', vsix, '≤ 1 MB', 'bytes' in r.artifacts.vsix ? met(r.artifacts.vsix.bytes <= MB) : 'n/a'),
    row(`CLI, ${r.cli.drafts.toLocaleString('en')} drafts: 1 thread / ${r.cli.cores} threads`,
      `${ms(r.cli.oneThreadMs)} / ${ms(r.cli.allCoresMs)} (${times(r.cli.oneThreadMs / r.cli.allCoresMs)} faster), same report: ${r.cli.sameReport ? 'yes' : '**no**'}`, '', ''),
  ];
  const gracious = { name: 'Gracious', draft: r.core.draftCheck, oneMb: oneMb.check };
  const floor = { name: 'floor: one plain-JS scan', draft: r.core.draftFloor, oneMb: r.core.floorOneMb };
  const side = [
    row('checker (same inputs, same run)', 'draft: median (p95)', '÷ Gracious', '1 MB (others: 1 run)', 'MB/s', '÷ Gracious'),
    row('---', '---', '---', '---', '---', '---'),
    ...[floor, gracious, ...r.contenders].map((c) => row(c.name, spread(c.draft), times(c.draft.median / gracious.draft.median),
      ms(c.oneMb.median), mbs(throughput(r.oneMbBytes, c.oneMb.median)), times(c.oneMb.median / gracious.oneMb.median))),
  ];
  return [`Gracious benchmark, ${r.machine}. Medians (p95) over repeated runs after warm-up.`, '', ...budgets, '', ...side, ''].join('\n');
}
