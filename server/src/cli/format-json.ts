// The machine report: every checked draft, with or without findings, so a consumer can tell "clean" from
// "not checked".
import type { CheckedDraft } from './positions';

export function formatJson(drafts: readonly CheckedDraft[]): string {
  return JSON.stringify(drafts, null, 2) + '\n';
}
