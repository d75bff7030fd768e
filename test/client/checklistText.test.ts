// The status bar item and its tooltip, from the server's gracious/checklist answer.
import * as assert from 'node:assert/strict';
import { statusText, tooltipMarkdown } from '../../client/src/checklistText';
import type { Checklist } from '../../client/src/protocol';

const checklist: Checklist = {
  items: [
    { id: 'thanks', label: 'Thanks the reader', done: true },
    { id: 'feedback', label: 'Asks for specific feedback', done: false },
    { id: 'placeholders', label: 'No unfilled placeholders', done: true },
  ],
  done: 2,
  total: 3,
};

describe('client: checklist text', () => {
  it('counts what is done in the status bar', () => {
    assert.equal(statusText(checklist), 'Gracious: 2/3 ✓');
  });

  it('lists every item with ✓ or ✗ in the tooltip, in order', () => {
    const lines = tooltipMarkdown(checklist).split('\n\n');
    assert.deepEqual(lines.slice(1, 4), ['✓ Thanks the reader', '✗ Asks for specific feedback', '✓ No unfilled placeholders']);
    assert.match(lines.at(-1)!, /^1 to go\./);
  });

  it('escapes Markdown in labels', () => {
    const text = tooltipMarkdown({ items: [{ id: 'x', label: 'No [slots] *left*', done: true }], done: 1, total: 1 });
    assert.ok(text.includes('✓ No \\[slots\\] \\*left\\*'), text);
    assert.ok(text.includes('Every item is done.'));
  });
});
