// Hostile documents through the real server: each is answered well under a second, without a crash, and the
// server goes on answering. Documents past the size the server checks get one diagnostic and a log line saying
// so, never silence.
import assert from 'node:assert/strict';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { PULL_CAPABILITIES } from '../protocol/helpers/lspClient';
import { useServer } from '../protocol/helpers/session';

// "Well under a second" on a quiet machine; the bound leaves room for a loaded CI machine without hiding a
// super-linear path, which on these sizes takes many seconds.
const ANSWER_LIMIT_MS = 2000;
const MB = 1024 * 1024;

const DRAFT = 'Dear Ms. Patel,\n\nThank you for your time. Could you tell me how I did on the SQL exercise?\n\nBest,\nSam\n';

const CHECKED: [string, string][] = [
  ['50,000 nested blockquote levels', `${'>'.repeat(50_000)} Thank you.\n`],
  ['50,000 nested blockquote levels, one a line', Array.from({ length: 50_000 }, (_, i) => `${'> '.repeat(Math.min(i, 40))}x`).join('\n').slice(0, 900_000)],
  ['50,000 nested list levels', `${'- '.repeat(50_000)}item\n`],
  ['100,000 [', '['.repeat(100_000)],
  ['100,000 [ after a draft', `${DRAFT}${'[a'.repeat(100_000)}`],
  ['an unclosed code fence', `${DRAFT}\`\`\`\n${'const x = "[Company]";\n'.repeat(20_000)}`],
  ['an unclosed HTML comment', `${DRAFT}<!-- ${'the process was unfair\n'.repeat(20_000)}`],
  ['NUL bytes', `${DRAFT}\0\0${'a\0b '.repeat(50_000)}`],
  ['lone surrogates', `Dear \ud800Sam,\n\n${'Thank \udc00you \ud83d for [Name]. '.repeat(5_000)}`],
  ['CR-only line endings', `Dear Sam,\r\r${'Thank you for your time.\r'.repeat(10_000)}`],
  ['mixed line endings', `Dear Sam,\r\n\n\r${'Thank you.\r\nCould you share feedback?\n\r'.repeat(5_000)}`],
  ['a byte-order mark', `\ufeff${DRAFT}`],
  ['emphasis and strikethrough runs', `${DRAFT}${'*a_b~~'.repeat(60_000)}`],
  ['a tag on every line of one paragraph', `${DRAFT}${'a <b>x</b>\n'.repeat(50_000)}`],
];

describe('robustness: adversarial documents', () => {
  const client = useServer({ capabilities: PULL_CAPABILITIES });
  let n = 0;
  const timedPull = async (text: string): Promise<{ items: Diagnostic[]; ms: number; uri: string }> => {
    const uri = `file:///gracious-test/adversarial/doc-${n++}.email.md`;
    const start = performance.now();
    await client().open(uri, text);
    const report = await client().request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    const ms = performance.now() - start;
    await client().connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    return { items: (report as { items: Diagnostic[] }).items, ms, uri };
  };
  const stillUp = async (): Promise<void> => {
    const { items } = await timedPull(DRAFT);
    assert.ok(Array.isArray(items));
  };

  for (const [name, text] of CHECKED) {
    it(`checks ${name} (${(text.length / 1024).toFixed(0)} K characters) in well under a second`, async () => {
      const { items, ms } = await timedPull(text);
      assert.ok(Array.isArray(items));
      assert.ok(ms < ANSWER_LIMIT_MS, `answered in ${ms.toFixed(0)} ms`);
      await stillUp();
    });
  }

  for (const [name, text] of [['a 5 MB single line', `Dear [Hiring Manager], ${'word '.repeat(MB)}`], ['a 20 MB file', `${DRAFT}${'Thank you for your time and consideration.\n'.repeat((20 * MB) / 43)}`]]) {
    it(`declines ${name} with one diagnostic at 0:0 and a log line`, async function () {
      this.timeout(30_000);
      const since = client().mark();
      const { items, ms, uri } = await timedPull(text);
      assert.ok(ms < ANSWER_LIMIT_MS, `answered in ${ms.toFixed(0)} ms`);
      assert.equal(items.length, 1);
      assert.deepEqual(items[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
      assert.equal(items[0].severity, 3 /* Information */);
      assert.match(String(items[0].message), /too large to check/);
      const log = await client().waitFor('window/logMessage', (p) => p.message.includes(uri), since);
      assert.match(log.message, /not checked/);
      await stillUp();
    });
  }

  it('leaves alone a large file that is not a draft: no diagnostic about its size', async () => {
    const uri = 'file:///gracious-test/adversarial/CHANGELOG.md';
    await client().open(uri, '# Changelog\n\n' + '- fixed a bug in the parser\n'.repeat(60_000));
    const report = await client().request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual((report as { items: Diagnostic[] }).items, []);
  });
});
