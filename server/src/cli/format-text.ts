// The human report: one line per finding, `path:line:col  severity  message  rule-id`, which terminals and
// editors turn into links; then one summary line.
import { SEVERITIES, type Severity } from '../core';
import { palette, type Palette } from './colour';
import type { FormatContext } from './formats';
import type { CheckedDraft } from './positions';

interface SeverityStyle {
  readonly singular: string;
  readonly plural: string;
  readonly colour: keyof Palette;
}

const STYLE: Readonly<Record<Severity, SeverityStyle>> = {
  error: { singular: 'error', plural: 'errors', colour: 'red' },
  warning: { singular: 'warning', plural: 'warnings', colour: 'yellow' },
  information: { singular: 'info', plural: 'info', colour: 'blue' },
  hint: { singular: 'hint', plural: 'hints', colour: 'dim' },
};
const MOST_SEVERE_FIRST = [...SEVERITIES].reverse();

function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** `3 problems (1 error, 1 warning, 1 info) in 2 of 5 drafts` */
export function summaryLine(drafts: readonly CheckedDraft[]): string {
  const findings = drafts.flatMap((d) => d.findings);
  const counts = new Map<Severity, number>();
  for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  const breakdown = MOST_SEVERE_FIRST.filter((s) => counts.has(s)).map((s) => count(counts.get(s)!, STYLE[s].singular, STYLE[s].plural));
  const withProblems = drafts.filter((d) => d.findings.length > 0).length;
  const problems = count(findings.length, 'problem', 'problems') + (breakdown.length ? ` (${breakdown.join(', ')})` : '');
  return `${problems} in ${withProblems} of ${count(drafts.length, 'draft', 'drafts')}`;
}

export function formatText(drafts: readonly CheckedDraft[], { colour }: FormatContext): string {
  const paint = palette(colour);
  const rows = drafts.flatMap((d) => d.findings.map((f) => ({ where: `${d.file}:${f.line}:${f.column}`, f })));
  // reduce, not Math.max(...rows): a huge draft can have more findings than a call may take arguments.
  const whereWidth = rows.reduce((w, r) => Math.max(w, r.where.length), 0);
  const labelWidth = rows.reduce((w, r) => Math.max(w, STYLE[r.f.severity].singular.length), 0);
  const lines = rows.map(({ where, f }) => {
    const style = STYLE[f.severity];
    return `${where.padEnd(whereWidth)}  ${paint[style.colour](style.singular.padEnd(labelWidth))}  ${f.message}  ${paint.dim(f.ruleId)}`;
  });
  if (lines.length) lines.push('');
  lines.push(paint.bold(summaryLine(drafts)));
  return lines.join('\n') + '\n';
}
