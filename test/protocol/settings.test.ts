import assert from 'node:assert/strict';
import type { FullDocumentDiagnosticReport, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { DRAFT_WITH_PLACEHOLDER } from './helpers/drafts';
import { PULL_CAPABILITIES } from './helpers/lspClient';
import { useServer } from './helpers/session';
import { TempWorkspace } from './helpers/workspace';

const PLACEHOLDER_OFF = { rules: { 'placeholder-unfilled': 'off' } };
const codes = (diagnostics: { code?: unknown }[]) => diagnostics.map((d) => d.code).sort();

describe('protocol: editor settings', () => {
  describe('with pushed diagnostics', () => {
    const client = useServer();

    it('re-publishes without a rule the settings turn off', async () => {
      const uri = 'file:///gracious-test/settings/push.email.md';
      await client().open(uri, DRAFT_WITH_PLACEHOLDER);
      const before = codes((await client().diagnostics(uri, 1)).diagnostics);
      assert.ok(before.includes('placeholder-unfilled'));
      const withoutPlaceholder = before.filter((code) => code !== 'placeholder-unfilled');
      const since = client().mark();
      await client().changeSettings(PLACEHOLDER_OFF);
      const republished: PublishDiagnosticsParams = await client().diagnostics(uri, 1, since);
      assert.deepEqual(codes(republished.diagnostics), withoutPlaceholder);
    });
  });

  describe('with pulled diagnostics', () => {
    const client = useServer({ capabilities: PULL_CAPABILITIES });

    it('asks the client to pull again, and the new pull leaves out the rule turned off', async () => {
      const uri = 'file:///gracious-test/settings/pull.email.md';
      const pull = () => client().request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
      await client().open(uri, DRAFT_WITH_PLACEHOLDER);
      const before = codes((await pull()).items);
      assert.ok(before.includes('placeholder-unfilled'));
      const since = client().mark();
      await client().changeSettings(PLACEHOLDER_OFF);
      await client().waitFor('workspace/diagnostic/refresh', undefined, since);
      assert.deepEqual(codes((await pull()).items), before.filter((code) => code !== 'placeholder-unfilled'));
    });
  });

  describe('choosing drafts with include globs relative to the workspace folder', () => {
    const workspace = new TempWorkspace();
    const client = useServer({ workspaceFolders: [workspace.folder], settings: { include: ['notes/**'] } });
    after(() => workspace.remove());
    // Neither named *.email.md nor shaped like an email: only an include glob makes it a draft.
    const NOTE = 'Thanks for the [Position] interview.\n';

    it('checks a file the globs include', async () => {
      const uri = workspace.uri('notes/follow-up.md');
      await client().open(uri, NOTE);
      assert.ok(codes((await client().diagnostics(uri, 1)).diagnostics).includes('placeholder-unfilled'));
    });

    it('leaves alone the same text outside them', async () => {
      const uri = workspace.uri('elsewhere/follow-up.md');
      await client().open(uri, NOTE);
      assert.deepEqual((await client().diagnostics(uri, 1)).diagnostics, []);
    });
  });

  describe('after the workspace folders change', () => {
    const workspace = new TempWorkspace();
    const client = useServer({ settings: { include: ['notes/**'] } });
    after(() => workspace.remove());

    it('reads the globs relative to the folder added', async () => {
      const uri = workspace.uri('notes/follow-up.md');
      await client().open(uri, 'Thanks for the [Position] interview.\n');
      // Outside every folder the path is the bare name, which notes/** does not match.
      assert.deepEqual((await client().diagnostics(uri, 1)).diagnostics, []);
      const since = client().mark();
      await client().connection.sendNotification('workspace/didChangeWorkspaceFolders', {
        event: { added: [{ uri: workspace.uri(''), name: 'drafts' }], removed: [] },
      });
      assert.ok(codes((await client().diagnostics(uri, 1, since)).diagnostics).includes('placeholder-unfilled'));
    });
  });
});

describe('protocol: .graciousrc.json', () => {
  describe('a valid file', () => {
    const workspace = new TempWorkspace();
    workspace.write('.graciousrc.json', JSON.stringify({ rules: { 'placeholder-unfilled': 'hint' } }));
    // The editor turns the rule off; the project file, which wins, turns it back on as a hint.
    const client = useServer({ workspaceFolders: [workspace.folder], settings: PLACEHOLDER_OFF });
    after(() => workspace.remove());

    it('wins over the editor settings', async () => {
      const uri = workspace.uri('drafts/acme.email.md');
      await client().open(uri, DRAFT_WITH_PLACEHOLDER);
      const { diagnostics } = await client().diagnostics(uri, 1);
      assert.equal(diagnostics.find((d) => d.code === 'placeholder-unfilled')?.severity, 4 /* Hint */);
    });

    it('is read again after the client reports it changed', async () => {
      const uri = workspace.uri('drafts/beta.email.md');
      await client().open(uri, DRAFT_WITH_PLACEHOLDER);
      const before = codes((await client().diagnostics(uri, 1)).diagnostics);
      assert.ok(before.includes('greeting-generic'));
      workspace.write('.graciousrc.json', JSON.stringify({ rules: { 'greeting-generic': 'off' } }));
      const since = client().mark();
      await client().connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: workspace.uri('.graciousrc.json'), type: 2 /* Changed */ }],
      });
      // The project file no longer mentions placeholder-unfilled, so the editor's "off" applies again.
      const after = codes((await client().diagnostics(uri, 1, since)).diagnostics);
      assert.deepEqual(after, before.filter((code) => code !== 'greeting-generic' && code !== 'placeholder-unfilled'));
    });
  });

  describe('a broken file', () => {
    const workspace = new TempWorkspace();
    const configFile = workspace.write('.graciousrc.json', '{ "rules": { "placeholder-unfilled": "off" ');
    const client = useServer({ workspaceFolders: [workspace.folder] });
    after(() => workspace.remove());

    it('is reported once with its path, defaults apply, and diagnostics still come', async () => {
      const uri = workspace.uri('acme.email.md');
      await client().open(uri, DRAFT_WITH_PLACEHOLDER);
      const message = await client().waitFor('window/showMessage');
      assert.equal(message.type, 2 /* Warning */);
      assert.ok(message.message.includes(configFile), message.message);
      assert.ok(codes((await client().diagnostics(uri, 1)).diagnostics).includes('placeholder-unfilled'));
      await client().change(uri, 2, [{ range: { start: { line: 5, character: 3 }, end: { line: 5, character: 3 } }, text: '!' }]);
      await client().diagnostics(uri, 2);
      assert.equal(client().received.filter((m) => m.method === 'window/showMessage').length, 1);
    });
  });

  describe('a file naming an unknown rule', () => {
    const workspace = new TempWorkspace();
    const configFile = workspace.write('.graciousrc.json', JSON.stringify({ rules: { 'no-such-rule': 'off' } }));
    const client = useServer({ workspaceFolders: [workspace.folder] });
    after(() => workspace.remove());

    it('is reported with its path and the rule id', async () => {
      await client().open(workspace.uri('acme.email.md'), DRAFT_WITH_PLACEHOLDER);
      const { message } = await client().waitFor('window/showMessage');
      assert.ok(message.includes(configFile) && message.includes('no-such-rule'), message);
    });
  });
});
