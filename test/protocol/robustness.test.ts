import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Hover } from 'vscode-languageserver-protocol';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { LspClient } from './helpers/lspClient';
import { ensureServerBuilt, SERVER_PATH } from './helpers/server';
import { useServer } from './helpers/session';

const INVALID_PARAMS = -32602;
const METHOD_NOT_FOUND = -32601;
const INVALID_REQUEST = -32600;
const SERVER_NOT_INITIALIZED = -32002;
const REQUEST_CANCELLED = -32800;

describe('protocol: bad input', () => {
  const client = useServer();
  /** A request the server can only answer if it is still up and reading. */
  const stillUp = async () => {
    const uri = 'file:///gracious-test/bad/alive.email.md';
    assert.equal(await client().request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
  };

  it('answers null to a hover on a document that was never opened', async () => {
    const hover = await client().request('textDocument/hover', {
      textDocument: { uri: 'file:///gracious-test/bad/never-opened.email.md' },
      position: { line: 3, character: 4 },
    });
    assert.equal(hover, null);
  });

  it('answers InvalidParams to malformed params, and stays up', async () => {
    for (const params of [{}, { textDocument: { uri: 42 } }, { textDocument: { uri: 'file:///x.email.md' }, position: { line: -1, character: 'a' } }]) {
      await assert.rejects(client().request('textDocument/hover', params), (error: { code: number }) => error.code === INVALID_PARAMS);
    }
    await stillUp();
  });

  it('answers MethodNotFound to an unknown request, and stays up', async () => {
    await assert.rejects(client().request('gracious/noSuchMethod', {}), (error: { code: number }) => error.code === METHOD_NOT_FOUND);
    await stillUp();
  });

  it('survives a message whose body is not JSON', async () => {
    const garbage = '{"jsonrpc": "2.0", "id": 9999, "method": ';
    client().writeRaw(`Content-Length: ${Buffer.byteLength(garbage)}\r\n\r\n${garbage}`);
    await stillUp();
  });

  it('declines a 5 MB line with one pushed information diagnostic, quickly, and stays up', async () => {
    const uri = 'file:///gracious-test/bad/huge.email.md';
    await client().open(uri, `Dear [Hiring Manager], ${'word '.repeat(1_000_000)}`);
    const { diagnostics } = await client().diagnostics(uri, 1);
    assert.deepEqual(diagnostics.map((d) => [d.range, d.severity]), [[{ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 3]]);
    await stillUp();
  });

  it('checks binary junk without failing', async () => {
    const uri = 'file:///gracious-test/bad/junk.email.md';
    await client().open(uri, randomBytes(64 * 1024).toString('latin1'));
    assert.ok(Array.isArray((await client().diagnostics(uri, 1)).diagnostics));
    await stillUp();
  });

  it('ignores a change to a document that was never opened, and a didOpen without a document', async () => {
    await client().change('file:///gracious-test/bad/never-opened.email.md', 2, [{ text: 'Dear [Name],' }]);
    await client().connection.sendNotification('textDocument/didOpen', {});
    await stillUp();
  });

  it('answers hovers at positions past the end of a line or of the document, and stays up', async () => {
    const uri = 'file:///gracious-test/bad/short.email.md';
    await client().open(uri, 'Dear [Name],\n\nThanks.\n');
    await client().diagnostics(uri, 1);
    for (const position of [{ line: 0, character: 10_000 }, { line: 10_000, character: 0 }, { line: 2 ** 31 - 1, character: 2 ** 31 - 1 }]) {
      const hover = await client().request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
      assert.ok(hover === null || typeof hover === 'object');
    }
    await stillUp();
  });

  it('applies a change whose range lies past the end of the document, as the protocol clamps it', async () => {
    const uri = 'file:///gracious-test/bad/clamped.email.md';
    await client().open(uri, 'Dear Sam,\n');
    await client().change(uri, 2, [{ range: { start: { line: 99, character: 99 }, end: { line: 120, character: 0 } }, text: '\n[Company]' }]);
    const { diagnostics } = await client().diagnostics(uri, 2);
    assert.ok(diagnostics.some((d) => d.code === 'placeholder-unfilled'));
  });

  it('survives notifications with wrong params and messages that are JSON but not JSON-RPC', async () => {
    await client().connection.sendNotification('textDocument/didChange', { textDocument: { uri: 7 }, contentChanges: 'none' });
    await client().connection.sendNotification('textDocument/didClose', null);
    for (const body of ['{"foo": 1}', '[1, 2, 3]', '"just a string"', '{"jsonrpc": "2.0", "id": 77}']) {
      client().writeRaw(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    }
    await stillUp();
  });

  it('ignores unknown notifications, $/ ones included, and answers MethodNotFound to an unknown $/ request', async () => {
    await client().connection.sendNotification('gracious/noSuchNotification', { x: 1 });
    await client().connection.sendNotification('$/noSuchNotification', {});
    await assert.rejects(client().request('$/noSuchRequest', {}), (error: { code: number }) => error.code === METHOD_NOT_FOUND);
    await stillUp();
  });

  it('answers a cancelled request with its result or with RequestCancelled, and stays up', async () => {
    const uri = 'file:///gracious-test/bad/cancelled.email.md';
    await client().open(uri, 'Dear [Name],\n\nThanks.\n');
    const source = new CancellationTokenSource();
    const pending = client().connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 6 } }, source.token);
    source.cancel();
    await pending.then(
      (result) => assert.ok(result === null || typeof result === 'object'),
      (error: { code: number }) => assert.equal(error.code, REQUEST_CANCELLED),
    );
    await stillUp();
  });
});

describe('protocol: requests out of lifecycle order', () => {
  before(ensureServerBuilt);

  // LSP asks for ServerNotInitialized (-32002) here; vscode-languageserver answers MethodNotFound because handlers are
  // registered during initialize. Either way an error, not a crash; see the report of issue 5.
  it('answers an error to a request before initialize, then initializes normally', async () => {
    const { spawn } = await import('node:child_process');
    const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = await import('vscode-jsonrpc/node');
    const child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    try {
      await assert.rejects(
        connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///x.email.md' }, position: { line: 0, character: 0 } }),
        (error: { code: number }) => error.code === SERVER_NOT_INITIALIZED || error.code === METHOD_NOT_FOUND,
      );
      const result = await connection.sendRequest<{ serverInfo?: { name: string } }>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      assert.equal(result.serverInfo?.name, 'gracious-ls');
    } finally {
      connection.dispose();
      child.kill();
    }
  });

  // LSP says requests after shutdown "should" get InvalidRequest; the server still answers them. It must not crash,
  // and exit must still end it with 0.
  it('stays up for a request after shutdown, and exits with 0 on exit', async () => {
    const { client } = await LspClient.start();
    try {
      await client.connection.sendRequest('shutdown');
      await client.request('textDocument/hover', { textDocument: { uri: 'file:///x.email.md' }, position: { line: 0, character: 0 } }).catch(
        (error: { code: number }) => assert.equal(error.code, INVALID_REQUEST),
      );
      await client.connection.sendNotification('exit');
      assert.equal(await client.exitCode(), 0);
    } finally {
      client.dispose();
    }
  });
});
