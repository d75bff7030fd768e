// Incremental sync through the real server: thousands of random edits (inserts, deletes, newlines, emoji, CRLF),
// and after each burst the diagnostics of the edited document equal those of the same text opened fresh. The
// client keeps its own copy of the text and converts offsets to positions itself, so the server's edit arithmetic
// is checked against an independent one.
import assert from 'node:assert/strict';
import type { Diagnostic, DocumentDiagnosticReport, Position } from 'vscode-languageserver-protocol';
import { PULL_CAPABILITIES } from '../protocol/helpers/lspClient';
import { useServer } from '../protocol/helpers/session';
import { Random } from './random';

const BURSTS = 120;
const EDITS_PER_BURST = 25;

const START = [
  'Dear [Hiring Manager],',
  '',
  'Thank you for the interview for the [Position] role. Frankly, the process was unfair and a waste of my time.',
  '',
  '> The panel chose another candidate.',
  '',
  '- could you tell me how I did on the SQL exercise?',
  '- I remain interested in future openings.',
  '',
  'Best,',
  'Sam',
].join('\r\n');

const PIECES = ['a', 'e', ' ', '.', '\n', '\r\n', '\r', '😀', 'é', '[Name]', 'Thank you. ', 'unfair ', '> ', '- ', '`', '<!-- x -->', '\t'];

/** LSP positions by the protocol's own rule: lines end at \r\n, \r or \n; characters are UTF-16 code units. */
function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a && i + 1 < offset) i++;
    if (c === 0x0a || c === 0x0d) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** An offset a position can name: never between the \r and \n of one line break. */
function snap(text: string, offset: number): number {
  return offset > 0 && text[offset - 1] === '\r' && text[offset] === '\n' ? offset - 1 : offset;
}

function key(d: Diagnostic): string {
  return JSON.stringify([d.range, d.code, d.severity, d.message]);
}

describe('robustness: incremental sync under random edits', () => {
  const client = useServer({ capabilities: PULL_CAPABILITIES });
  const pull = async (uri: string): Promise<string[]> => {
    const report = await client().request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    return (report as { items: Diagnostic[] }).items.map(key).sort();
  };

  it(`keeps ${BURSTS * EDITS_PER_BURST} edits in step: after every burst, diagnostics equal a fresh check's`, async function () {
    this.timeout(120_000);
    const random = new Random(5);
    const uri = 'file:///gracious-test/sync/edited.email.md';
    let text = START;
    let version = 1;
    await client().open(uri, text);
    for (let burst = 0; burst < BURSTS; burst++) {
      for (let e = 0; e < EDITS_PER_BURST; e++) {
        const start = snap(text, random.below(text.length + 1));
        const end = snap(text, Math.min(text.length, start + (random.next() < 0.4 ? random.below(12) : 0)));
        const insert = random.next() < 0.8 ? Array.from({ length: 1 + random.below(3) }, () => random.pick(PIECES)).join('') : '';
        const range = { start: positionAt(text, start), end: positionAt(text, end) };
        text = text.slice(0, start) + insert + text.slice(end);
        version++;
        await client().change(uri, version, [{ range, text: insert }]);
      }
      const fresh = `file:///gracious-test/sync/fresh-${burst}.email.md`;
      await client().open(fresh, text);
      assert.deepEqual(await pull(uri), await pull(fresh), `burst ${burst}: the edited document and a fresh copy differ`);
      await client().connection.sendNotification('textDocument/didClose', { textDocument: { uri: fresh } });
    }
  });
});
