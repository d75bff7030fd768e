// `gracious rules`: every rule id with its default severity and what it checks.
import { RULES } from '../rules';

export function formatRuleList(): string {
  const idWidth = Math.max(...RULES.map((r) => r.id.length));
  const severityWidth = Math.max(...RULES.map((r) => r.defaultSeverity.length));
  return RULES.map((r) => `${r.id.padEnd(idWidth)}  ${r.defaultSeverity.padEnd(severityWidth)}  ${r.description}\n`).join('');
}
