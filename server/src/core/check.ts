// The checking core's one entry point: Markdown in, findings with UTF-16 offsets out. No LSP, no file system.
import { analyse } from '../analysis/facts';
import { RULES } from '../rules';
import type { Report } from '../rules/types';
import { buildDraft, type Draft } from './draft';
import { findSuppressions } from './suppressions';
import { DEFAULT_OPTIONS, type CheckOptions, type Finding } from './types';


export function checkDraft(draft: Draft, options: CheckOptions = DEFAULT_OPTIONS): Finding[] {
  const facts = analyse(draft, options);
  const suppressions = findSuppressions(draft);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = options.rules[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    rule.check(draft, { options, facts }, (r: Report) => {
      if (suppressions.isSuppressed(rule.id, r.span.start)) return;
      findings.push({ ruleId: rule.id, severity: setting, message: r.message, span: r.span, fixes: r.fixes ?? [] });
    });
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId));
}

/** Parses and checks `text`. */
export function check(text: string, options: CheckOptions = DEFAULT_OPTIONS): Finding[] {
  return checkDraft(buildDraft(text), options);
}
