import assert from 'node:assert/strict';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { DRAFT_WITH_PLACEHOLDER, DRAFT_WITHOUT_THANKS, PLACEHOLDER, README } from './helpers/drafts';
import { useServer } from './helpers/session';

const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code).sort();

describe('protocol: pushed diagnostics', () => {
  const client = useServer();

  it('publishes a draft\'s findings with code, source, docs link and fixes in data', async () => {
    const uri = 'file:///gracious-test/push/thanks.email.md';
    await client().open(uri, DRAFT_WITHOUT_THANKS);
    const { diagnostics } = await client().diagnostics(uri, 1);
    const gratitude = diagnostics.find((d) => d.code === 'gratitude-missing') as Diagnostic;
    assert.ok(gratitude, 'gratitude-missing is reported');
    assert.equal(gratitude.source, 'gracious');
    assert.equal(gratitude.severity, 2 /* Warning */);
    assert.equal(gratitude.codeDescription?.href, 'https://github.com/gracious-dev/gracious/blob/main/docs/rules/gratitude-missing.md');
    assert.deepEqual(gratitude.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 15 } });
    assert.deepEqual(gratitude.data, {
      ruleId: 'gratitude-missing',
      fixes: [{
        title: 'Insert a thank-you sentence',
        safe: false,
        edits: [{
          range: { start: { line: 0, character: 15 }, end: { line: 0, character: 15 } },
          newText: '\n\nThank you for your time and consideration, and for the opportunity to interview.',
        }],
      }],
    });
  });

  it('publishes an empty list for a README that is not a draft', async () => {
    const uri = 'file:///gracious-test/push/README.md';
    await client().open(uri, README);
    assert.deepEqual((await client().diagnostics(uri, 1)).diagnostics, []);
  });

  it('checks an untitled buffer whatever it holds', async () => {
    const uri = 'untitled:Untitled-1';
    await client().open(uri, 'Thanks for the [Position] interview.\n');
    assert.ok(codes(await client().diagnostics(uri, 1)).includes('placeholder-unfilled'));
  });

  it('applies incremental range edits and publishes for the new version', async () => {
    const uri = 'file:///gracious-test/push/incremental.email.md';
    await client().open(uri, DRAFT_WITH_PLACEHOLDER);
    assert.ok(codes(await client().diagnostics(uri, 1)).includes('placeholder-unfilled'));
    const at = DRAFT_WITH_PLACEHOLDER.split('\n')[2].indexOf(PLACEHOLDER);
    await client().change(uri, 2, [{
      range: { start: { line: 2, character: at }, end: { line: 2, character: at + PLACEHOLDER.length } },
      text: 'Data Analyst',
    }]);
    const second = codes(await client().diagnostics(uri, 2));
    assert.ok(!second.includes('placeholder-unfilled') && second.includes('greeting-generic'), `${second}`);
    // Naming the reader in two edits sent back to back: the push for version 4 reflects both.
    const since = client().mark();
    await client().change(uri, 3, [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 19 } }, text: 'Ms' }]);
    await client().change(uri, 4, [{ range: { start: { line: 0, character: 7 }, end: { line: 0, character: 7 } }, text: '. Patel' }]);
    assert.ok(!codes(await client().diagnostics(uri, 4, since)).includes('greeting-generic'));
  });

  it('never publishes for a version that a newer change superseded while it was checked', async () => {
    const uri = 'file:///gracious-test/push/stale.email.md';
    // The check of version 1 waits on the editor settings; version 2 arrives before they are answered.
    const answer = client().answerConfiguration;
    client().answerConfiguration = async (params) => {
      client().answerConfiguration = answer;
      await client().change(uri, 2, [{ text: 'Dear Ms. Patel,\n\nThank you for your time.\n' }]);
      return answer(params);
    };
    await client().open(uri, DRAFT_WITH_PLACEHOLDER);
    const pushed = await client().diagnostics(uri, 2);
    assert.ok(!codes(pushed).includes('placeholder-unfilled'));
    assert.deepEqual(client().pushesFor(uri).map((p) => p.version), [2]);
  });

  it('clears a document\'s diagnostics when it closes', async () => {
    const uri = 'file:///gracious-test/push/closed.email.md';
    await client().open(uri, DRAFT_WITH_PLACEHOLDER);
    await client().diagnostics(uri, 1);
    const since = client().mark();
    await client().connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const cleared = await client().waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri, since);
    assert.deepEqual(cleared.diagnostics, []);
  });
});
