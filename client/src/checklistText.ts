// How a draft's checklist reads in the status bar and its tooltip. Pure, so it is tested without an editor.
import type { Checklist } from './protocol';

export function statusText(checklist: Checklist): string {
  return `Gracious: ${checklist.done}/${checklist.total} ✓`;
}

/** Markdown for the tooltip: one line per item, ✓ when the draft does it, ✗ when it does not yet. */
export function tooltipMarkdown(checklist: Checklist): string {
  const lines = checklist.items.map((item) => `${item.done ? '✓' : '✗'} ${escapeMarkdown(item.label)}`);
  const verdict = checklist.done === checklist.total ? 'Every item is done.' : `${checklist.total - checklist.done} to go.`;
  return [`**Gracious checklist** (${checklist.done}/${checklist.total})`, ...lines, `${verdict} Click to see this draft's problems.`].join('\n\n');
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
