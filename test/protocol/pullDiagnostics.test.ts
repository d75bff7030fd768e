import assert from 'node:assert/strict';
import type { FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { DRAFT_WITH_PLACEHOLDER, README } from './helpers/drafts';
import { PULL_CAPABILITIES } from './helpers/lspClient';
import { useServer } from './helpers/session';

// LSPErrorCodes.ServerCancelled: the server declined; `data.retriggerRequest` says whether asking again can help.
const SERVER_CANCELLED = -32802;

describe('protocol: pulled diagnostics', () => {
  const client = useServer({ capabilities: PULL_CAPABILITIES });
  const pull = (uri: string) => client().request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
  const codes = (report: FullDocumentDiagnosticReport) => report.items.map((d) => d.code).sort();

  it('answers textDocument/diagnostic with the draft\'s findings', async () => {
    const uri = 'file:///gracious-test/pull/draft.email.md';
    await client().open(uri, DRAFT_WITH_PLACEHOLDER);
    const report = await pull(uri);
    assert.equal(report.kind, 'full');
    assert.ok(codes(report).includes('placeholder-unfilled') && codes(report).includes('greeting-generic'), `${codes(report)}`);
    assert.ok(report.items.every((d) => d.source === 'gracious' && d.codeDescription?.href.endsWith(`/${d.code}.md`)));
  });

  it('answers an empty report for a document that is not a draft', async () => {
    const uri = 'file:///gracious-test/pull/README.md';
    await client().open(uri, README);
    assert.deepEqual((await pull(uri)).items, []);
  });

  it('declines a document that was never opened, without asking for a retry', async () => {
    await assert.rejects(pull('file:///gracious-test/pull/never-opened.email.md'), (error: { code: number; data: unknown }) => {
      assert.equal(error.code, SERVER_CANCELLED);
      assert.deepEqual(error.data, { retriggerRequest: false });
      return true;
    });
  });

  it('declines, asking for a retry, when the document changes while it is checked', async () => {
    const uri = 'file:///gracious-test/pull/changing.email.md';
    await client().open(uri, DRAFT_WITH_PLACEHOLDER);
    const answer = client().answerConfiguration;
    client().answerConfiguration = async (params) => {
      client().answerConfiguration = answer;
      await client().change(uri, 2, [{ text: 'Dear Ms. Patel,\n\nThank you for your time.\n' }]);
      return answer(params);
    };
    await assert.rejects(pull(uri), (error: { code: number; data: unknown }) => {
      assert.equal(error.code, SERVER_CANCELLED);
      assert.deepEqual(error.data, { retriggerRequest: true });
      return true;
    });
    assert.ok(!codes(await pull(uri)).includes('placeholder-unfilled'));
  });
});
