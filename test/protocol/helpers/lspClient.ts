// A small LSP client for protocol tests: spawns the built server over stdio (or Node IPC, as VS Code does),
// records every message the server sends, and lets tests wait for a message rather than for time.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  ConfigurationParams,
  InitializeResult,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import { SERVER_PATH } from './server';
import { pathToUri } from './workspace';

/** A message from the server: a notification, or a request (recorded as it arrives, before it is answered). */
export interface Received {
  readonly method: string;
  readonly params: any;
}

export interface ClientOptions {
  readonly capabilities?: ClientCapabilities;
  /** Folder paths given as workspace folders. */
  readonly workspaceFolders?: readonly string[];
  /** The "gracious" section answered to workspace/configuration. */
  readonly settings?: unknown;
  /** stdio unless told: how editors such as Neovim run gracious-ls. */
  readonly transport?: 'stdio' | 'node-ipc';
}

function startServer(transport: 'stdio' | 'node-ipc'): { child: ChildProcess; connection: MessageConnection } {
  if (transport === 'node-ipc') {
    const child = fork(SERVER_PATH, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    return { child, connection: createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child)) };
  }
  const child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  return { child, connection: createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!)) };
}

/** How long a wait may take before the test fails with a description; a failure guard, not a pause. */
const WAIT_LIMIT_MS = 8000;

export const PUSH_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, workspaceFolders: true },
};

export const PULL_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, workspaceFolders: true, diagnostics: { refreshSupport: true } },
  textDocument: { diagnostic: { dynamicRegistration: false } },
};

export class LspClient {
  readonly received: Received[] = [];
  readonly stderr: string[] = [];
  /** Answers workspace/configuration; tests replace it to change settings or to act before the server continues. */
  answerConfiguration: (params: ConfigurationParams) => unknown[] | Promise<unknown[]>;
  private readonly waiters = new Set<() => void>();
  private readonly exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess, readonly connection: MessageConnection, private settings: unknown) {
    this.answerConfiguration = (params) => params.items.map(() => this.settings ?? null);
    this.exited = once(child, 'exit').then(([code]) => code as number | null);
    child.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    connection.onNotification((method, params) => this.record({ method, params }));
    connection.onRequest((method, params) => {
      this.record({ method, params });
      return method === 'workspace/configuration' ? this.answerConfiguration(params as ConfigurationParams) : null;
    });
    connection.listen();
  }

  /** Spawns the server and completes the initialize handshake. */
  static async start(options: ClientOptions = {}): Promise<{ client: LspClient; initializeResult: InitializeResult }> {
    const { child, connection } = startServer(options.transport ?? 'stdio');
    const client = new LspClient(child, connection, options.settings);
    const folders = (options.workspaceFolders ?? []).map((folder) => ({ uri: pathToUri(folder), name: folder }));
    const initializeResult = await connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: folders[0]?.uri ?? null,
      workspaceFolders: folders.length > 0 ? folders : null,
      capabilities: options.capabilities ?? PUSH_CAPABILITIES,
    });
    await connection.sendNotification('initialized', {});
    return { client, initializeResult };
  }

  /** How many messages have arrived so far; pass it to waitFor to ignore earlier ones. */
  mark(): number {
    return this.received.length;
  }

  /** Resolves with the first message of `method` (at or after index `since`) that satisfies `test`. */
  waitFor(method: string, test: (params: any) => boolean = () => true, since = 0): Promise<any> {
    const find = () => this.received.slice(since).find((m) => m.method === method && test(m.params));
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = find();
        if (!found) return;
        this.waiters.delete(check);
        clearTimeout(limit);
        resolve(found.params);
      };
      const limit = setTimeout(() => {
        this.waiters.delete(check);
        const seen = this.received.filter((m) => m.method === method).map((m) => JSON.stringify(m.params).slice(0, 300));
        reject(new Error(`no matching ${method} within ${WAIT_LIMIT_MS} ms; received:\n${seen.join('\n')}\nserver stderr:\n${this.stderr.join('')}`));
      }, WAIT_LIMIT_MS);
      this.waiters.add(check);
      check();
    });
  }

  /** The pushed diagnostics for `uri` at `version` (the server sends one list per version it checks). */
  diagnostics(uri: string, version: number, since = 0): Promise<PublishDiagnosticsParams> {
    return this.waitFor('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => p.uri === uri && p.version === version, since);
  }

  /** Every push for `uri` so far, in arrival order. */
  pushesFor(uri: string): PublishDiagnosticsParams[] {
    return this.received.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri).map((m) => m.params);
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  /** Changes the editor settings the way an editor does: a notification, then answers to workspace/configuration. */
  changeSettings(settings: unknown): Promise<void> {
    this.settings = settings;
    return this.connection.sendNotification('workspace/didChangeConfiguration', { settings: { gracious: settings } });
  }

  /** Writes bytes straight to the server's stdin, for messages no well-behaved client would send. */
  writeRaw(bytes: string): void {
    this.child.stdin!.write(bytes);
  }

  /** Resolves with the server's exit code. */
  exitCode(): Promise<number | null> {
    return this.exited;
  }

  /** The orderly end: shutdown, exit, and the server's exit code. */
  async shutdownAndExit(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    return this.exited;
  }

  /** For after hooks: ends the server whatever state it is in. */
  dispose(): void {
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }

  private record(message: Received): void {
    this.received.push(message);
    for (const check of [...this.waiters]) check();
  }
}
