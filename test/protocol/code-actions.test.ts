import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from './helpers/lspClient';
import { ensureServerBuilt } from './helpers/server';
import { useServer } from './helpers/session';

/** Front matter that fills the slots; a generic greeting, two slots, a bitter sentence and a vague request. */
const DRAFT = [
  '---',
  'to: Amira Haddad',
  'company: Brightline Health',
  'role: Data Analyst',
  '---',
  '',
  'Dear Hiring Manager,',
  '',
  'Thank you for the interviews for the [Position] role. Honestly the whole process felt unfair and disorganised.',
  '',
  'I would appreciate any feedback you can share.',
  '',
  'I remain very interested in Brightline Health and in future [Position] openings.',
  '',
  'Best regards,',
  'Sam Okoro',
  '',
].join('\n');

const codes = (p: PublishDiagnosticsParams): string[] => p.diagnostics.map((d) => String(d.code)).sort();

describe('protocol: code actions', () => {
  const client = useServer();
  let n = 0;

  /** Opens DRAFT (or `text`) under a fresh URI and returns it with its first pushed diagnostics. */
  async function open(text = DRAFT): Promise<{ uri: string; document: TextDocument; diagnostics: Diagnostic[] }> {
    const uri = `file:///gracious-test/code-actions/draft-${++n}.email.md`;
    await client().open(uri, text);
    const { diagnostics } = await client().diagnostics(uri, 1);
    return { uri, document: TextDocument.create(uri, 'markdown', 1, text), diagnostics };
  }

  const actions = (uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> => {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return client().request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
  };

  /** Applies an action's edit as a client would, sends the new text, and returns it with the new diagnostics. */
  async function applyAction(uri: string, document: TextDocument, action: CodeAction): Promise<{ text: string; pushed: PublishDiagnosticsParams }> {
    const edits = action.edit?.changes?.[uri] as TextEdit[];
    assert.ok(edits?.length, `${action.title} carries edits for the document`);
    const text = TextDocument.applyEdits(document, edits);
    const version = document.version + 1;
    await client().change(uri, version, [{ text }]);
    return { text, pushed: await client().diagnostics(uri, version) };
  }

  const ofRule = (diagnostics: Diagnostic[], rule: string): Diagnostic[] => diagnostics.filter((d) => d.code === rule);

  it('advertises quick fixes and source.fixAll.gracious, with no resolve step', async () => {
    ensureServerBuilt();
    const { client: other, initializeResult } = await LspClient.start();
    try {
      assert.deepEqual(initializeResult.capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.gracious'] });
    } finally {
      other.dispose();
    }
  });

  it('fills a slot from front matter, and offers to disable the rule for the line or the file', async () => {
    const { uri, document, diagnostics } = await open();
    const [slot] = ofRule(diagnostics, 'placeholder-unfilled');
    const found = await actions(uri, [slot], ['quickfix']);
    assert.deepEqual(found.map((a) => [a.title, a.kind, a.isPreferred ?? false]), [
      ['Fill [Position] with "Data Analyst"', 'quickfix', true],
      ['Disable placeholder-unfilled for this line', 'quickfix', false],
      ['Disable placeholder-unfilled for this file', 'quickfix', false],
    ]);
    assert.deepEqual(found[0].diagnostics, [slot]);
    assert.deepEqual(found[0].edit?.changes?.[uri], [{ range: slot.range, newText: 'Data Analyst' }]);
    const { text, pushed } = await applyAction(uri, document, found[0]);
    assert.ok(text.includes('interviews for the Data Analyst role.'), text);
    assert.equal(ofRule(pushed.diagnostics, 'placeholder-unfilled').length, 1);
  });

  it('offers a gracious rewrite and removal for a bitter sentence', async () => {
    const { uri, document, diagnostics } = await open();
    const found = await actions(uri, ofRule(diagnostics, 'negative-tone'), ['quickfix']);
    assert.deepEqual(found.map((a) => a.title), [
      'Replace with "Thank you for the time everyone put into the process."',
      'Remove this sentence',
      'Disable negative-tone for this line',
      'Disable negative-tone for this file',
    ]);
    const { text, pushed } = await applyAction(uri, document, found[1]);
    assert.ok(text.includes('for the [Position] role. \n\nI would appreciate'), text);
    assert.deepEqual(ofRule(pushed.diagnostics, 'negative-tone'), []);
  });

  it('offers areas to narrow a vague feedback request', async () => {
    const { uri, diagnostics } = await open();
    const titles = (await actions(uri, ofRule(diagnostics, 'feedback-vague'))).map((a) => a.title);
    assert.equal(titles.filter((t) => t.startsWith('Name an area: "…, particularly on')).length, 3, titles.join('\n'));
  });

  it('greets the front matter\'s `to` by name, as the preferred fix', async () => {
    const { uri, diagnostics } = await open();
    const [first] = await actions(uri, ofRule(diagnostics, 'greeting-generic'));
    assert.equal(first.title, 'Replace with "Dear Amira Haddad,"');
    assert.equal(first.isPreferred, true);
  });

  it('disables a rule for one line with a comment on the line above', async () => {
    const { uri, document, diagnostics } = await open();
    const [slot] = ofRule(diagnostics, 'placeholder-unfilled');
    const disable = (await actions(uri, [slot])).find((a) => a.title === 'Disable placeholder-unfilled for this line')!;
    const { text, pushed } = await applyAction(uri, document, disable);
    assert.ok(text.includes('\n\n<!-- gracious-disable-next-line placeholder-unfilled -->\nThank you for the interviews for the [Position] role.'), text);
    const left = ofRule(pushed.diagnostics, 'placeholder-unfilled');
    assert.equal(left.length, 1, 'the other line\'s slot is still reported');
    assert.ok(left[0].range.start.line > slot.range.start.line);
    assert.ok(codes(pushed).includes('negative-tone'), 'other rules on the line are still reported');
  });

  it('disables a rule for the file below its front matter, and adds a second rule to the same comment', async () => {
    const { uri, document, diagnostics } = await open();
    const tone = (await actions(uri, ofRule(diagnostics, 'negative-tone'))).find((a) => a.title === 'Disable negative-tone for this file')!;
    const first = await applyAction(uri, document, tone);
    assert.ok(first.text.startsWith('---\nto: Amira Haddad\ncompany: Brightline Health\nrole: Data Analyst\n---\n<!-- gracious-disable negative-tone -->\n\nDear Hiring Manager,'), first.text);
    assert.ok(!codes(first.pushed).includes('negative-tone'));
    const second = TextDocument.create(uri, 'markdown', 2, first.text);
    const vague = (await actions(uri, ofRule(first.pushed.diagnostics, 'feedback-vague'))).find((a) => a.title === 'Disable feedback-vague for this file')!;
    const { text, pushed } = await applyAction(uri, second, vague);
    assert.ok(text.includes('---\n<!-- gracious-disable negative-tone feedback-vague -->\n\nDear'), text);
    assert.ok(!codes(pushed).includes('feedback-vague') && !codes(pushed).includes('negative-tone'));
  });

  it('puts the file comment on the first line of a draft without front matter, in its line endings', async () => {
    const { uri, diagnostics } = await open('Dear Hiring Manager,\r\n\r\nThank you for your time.\r\n');
    const action = (await actions(uri, ofRule(diagnostics, 'greeting-generic'))).find((a) => a.title === 'Disable greeting-generic for this file')!;
    assert.deepEqual(action.edit?.changes?.[uri], [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '<!-- gracious-disable greeting-generic -->\r\n' }]);
  });

  it('offers one "Disable … for this line" for two findings of a rule on one line', async () => {
    const { uri, diagnostics } = await open(DRAFT.replace('for the [Position] role.', 'for the [Position] role at [Company].'));
    const slots = ofRule(diagnostics, 'placeholder-unfilled').filter((d) => d.range.start.line === 8);
    assert.equal(slots.length, 2);
    const titles = (await actions(uri, slots, ['quickfix'])).map((a) => a.title);
    assert.deepEqual(titles, [
      'Fill [Position] with "Data Analyst"',
      'Disable placeholder-unfilled for this line',
      'Disable placeholder-unfilled for this file',
      'Fill [Company] with "Brightline Health"',
    ]);
  });

  it('fixes every safe problem in one edit when asked for source.fixAll', async () => {
    const { uri, document } = await open();
    const found = await actions(uri, [], ['source.fixAll']);
    assert.deepEqual(found.map((a) => [a.title, a.kind]), [['Fix all safe Gracious problems', 'source.fixAll.gracious']]);
    assert.equal(found[0].diagnostics, undefined);
    const { text, pushed } = await applyAction(uri, document, found[0]);
    assert.ok(text.includes('Dear Amira Haddad,\n\nThank you for the interviews for the Data Analyst role.'), text);
    assert.ok(text.includes('in future Data Analyst openings.'), text);
    // What is left needs the writer: the bitter sentence and the vague request.
    assert.deepEqual(codes(pushed), ['feedback-vague', 'negative-tone']);
    assert.deepEqual(await actions(uri, [], ['source.fixAll.gracious']), [], 'nothing safe is left to fix');
  });

  it('answers only the kinds asked for', async () => {
    const { uri, diagnostics } = await open();
    const slot = ofRule(diagnostics, 'placeholder-unfilled').slice(0, 1);
    assert.ok((await actions(uri, slot, ['quickfix'])).every((a) => a.kind === 'quickfix'));
    assert.deepEqual((await actions(uri, slot, ['source'])).map((a) => a.kind), ['source.fixAll.gracious']);
    assert.deepEqual(await actions(uri, slot, ['refactor']), []);
    const kinds = (await actions(uri, slot)).map((a) => a.kind);
    assert.ok(kinds.includes('quickfix') && kinds.includes('source.fixAll.gracious'), 'everything when the client names no kind');
  });

  it('still fixes a diagnostic whose data the client did not keep', async () => {
    const { uri, diagnostics } = await open();
    const [slot] = ofRule(diagnostics, 'placeholder-unfilled');
    const found = await actions(uri, [{ ...slot, data: undefined }]);
    assert.equal(found[0].title, 'Fill [Position] with "Data Analyst"');
  });

  it('offers nothing for a diagnostic from an older version, nor for another tool\'s', async () => {
    const { uri, diagnostics } = await open();
    const [slot] = ofRule(diagnostics, 'placeholder-unfilled');
    await client().change(uri, 2, [{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, text: 'Subject: Thank you\n\n' }]);
    await client().diagnostics(uri, 2);
    assert.deepEqual(await actions(uri, [slot], ['quickfix']), []);
    assert.deepEqual(await actions(uri, [{ ...slot, source: 'markdownlint', range: { ...slot.range } }], ['quickfix']), []);
  });

  it('answers an empty list for a document that is not open', async () => {
    assert.deepEqual(await actions('file:///gracious-test/code-actions/closed.email.md', []), []);
  });
});
