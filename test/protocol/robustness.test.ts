import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Hover } from 'vscode-languageserver-protocol';
import { useServer } from './helpers/session';

const INVALID_PARAMS = -32602;
const METHOD_NOT_FOUND = -32601;

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

  it('leaves a 5 MB line unchecked, quickly, and stays up', async () => {
    const uri = 'file:///gracious-test/bad/huge.email.md';
    await client().open(uri, `Dear [Hiring Manager], ${'word '.repeat(1_000_000)}`);
    assert.deepEqual((await client().diagnostics(uri, 1)).diagnostics, []);
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
});
