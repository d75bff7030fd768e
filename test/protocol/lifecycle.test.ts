import assert from 'node:assert/strict';
import { LspClient, PULL_CAPABILITIES, PUSH_CAPABILITIES } from './helpers/lspClient';
import { ensureServerBuilt } from './helpers/server';

describe('protocol: lifecycle', () => {
  before(ensureServerBuilt);

  it('announces incremental sync and hover, and no pull diagnostics to a client that cannot pull', async () => {
    const { client, initializeResult } = await LspClient.start({ capabilities: PUSH_CAPABILITIES });
    try {
      const { capabilities, serverInfo } = initializeResult;
      assert.equal(serverInfo?.name, 'gracious-ls');
      assert.equal(capabilities.textDocumentSync, 2 /* Incremental */);
      assert.equal(capabilities.hoverProvider, true);
      assert.equal(capabilities.diagnosticProvider, undefined);
    } finally {
      client.dispose();
    }
  });

  it('announces pull diagnostics to a client that declares them', async () => {
    const { client, initializeResult } = await LspClient.start({ capabilities: PULL_CAPABILITIES });
    try {
      assert.deepEqual(initializeResult.capabilities.diagnosticProvider, {
        identifier: 'gracious',
        interFileDependencies: false,
        workspaceDiagnostics: false,
      });
    } finally {
      client.dispose();
    }
  });

  it('registers a watcher for .graciousrc.json when the client allows dynamic registration', async () => {
    const { client } = await LspClient.start({
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    try {
      const params = await client.waitFor('client/registerCapability', (p) =>
        p.registrations.some((r: { method: string }) => r.method === 'workspace/didChangeWatchedFiles'));
      const registration = params.registrations.find((r: { method: string }) => r.method === 'workspace/didChangeWatchedFiles');
      assert.deepEqual(registration.registerOptions, { watchers: [{ globPattern: '**/.graciousrc.json' }] });
    } finally {
      client.dispose();
    }
  });

  it('speaks LSP over Node IPC, as the VS Code client runs it', async () => {
    const { client } = await LspClient.start({ transport: 'node-ipc' });
    await client.open('untitled:Untitled-1', 'Dear [Hiring Manager],\n');
    const { diagnostics } = await client.diagnostics('untitled:Untitled-1', 1);
    assert.ok(diagnostics.some((d) => d.code === 'placeholder-unfilled'));
    assert.equal(await client.shutdownAndExit(), 0);
  });

  it('exits with code 0 after shutdown and exit', async () => {
    const { client } = await LspClient.start();
    assert.equal(await client.shutdownAndExit(), 0);
  });

  it('exits with code 1 on exit without shutdown', async () => {
    const { client } = await LspClient.start();
    await client.connection.sendNotification('exit');
    assert.equal(await client.exitCode(), 1);
  });
});
