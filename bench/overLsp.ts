// Figures over LSP stdio, as an editor sees them: the built server in its own process, driven by a JSON-RPC client.
import * as fs from 'node:fs';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { PUSH_DELAY_MS } from '../server/src/lsp/diagnostics';
import { LspClient, PULL_CAPABILITIES, PUSH_CAPABILITIES } from '../test/protocol/helpers/lspClient';
import { timeAsync, type Summary } from './stats';

export interface LspResults {
  readonly keystrokeDraft: Summary;
  readonly keystrokeOneMb: Summary;
  readonly pushDraft: Summary;
  readonly debounceMs: number;
  readonly coldStart: Summary;
  readonly peakRssOneDraft: number;
  readonly peakRssHundredDrafts: number;
}

const TYPED = ' I have since practised the cohort query again, and it went much better.';

/** Types one character at a time at the end of line `line` of `text`, as a person would. */
class Typist {
  private version = 1;
  private typed = 0;
  private readonly line: number;
  private readonly column: number;

  constructor(private readonly client: LspClient, readonly uri: string, text: string) {
    const lines = text.split('\n');
    // The longest line in the middle third: a paragraph of the body, not the greeting or the sign-off.
    const third = Math.floor(lines.length / 3);
    let best = third;
    for (let i = third; i < 2 * third || i === third; i++) if (lines[i].length > lines[best].length) best = i;
    this.line = best;
    this.column = lines[best].length;
  }

  /** Sends the next keystroke as an incremental change and returns its version. */
  async keystroke(): Promise<number> {
    const character = this.column + this.typed;
    const change: TextDocumentContentChangeEvent = {
      range: { start: { line: this.line, character }, end: { line: this.line, character } },
      text: TYPED[this.typed % TYPED.length],
    };
    this.typed++;
    this.version++;
    await this.client.change(this.uri, this.version, [change]);
    return this.version;
  }
}

async function pullLatency(text: string, name: string, warmup: number, runs: number): Promise<Summary> {
  const { client } = await LspClient.start({ capabilities: PULL_CAPABILITIES });
  try {
    const uri = `file:///gracious-bench/${name}.email.md`;
    await client.open(uri, text);
    const typist = new Typist(client, uri, text);
    return await timeAsync(async () => {
      await typist.keystroke();
      await client.request('textDocument/diagnostic', { textDocument: { uri } });
    }, warmup, runs);
  } finally {
    client.dispose();
  }
}

async function pushLatency(text: string, warmup: number, runs: number): Promise<Summary> {
  const { client } = await LspClient.start({ capabilities: PUSH_CAPABILITIES });
  try {
    const uri = 'file:///gracious-bench/push.email.md';
    await client.open(uri, text);
    await client.diagnostics(uri, 1);
    const typist = new Typist(client, uri, text);
    return await timeAsync(async () => {
      const since = client.mark();
      const version = await typist.keystroke();
      await client.diagnostics(uri, version, since);
    }, warmup, runs);
  } finally {
    client.dispose();
  }
}

async function coldStart(draft: string, warmup: number, runs: number): Promise<Summary> {
  return timeAsync(async () => {
    const { client } = await LspClient.start({ capabilities: PUSH_CAPABILITIES });
    const uri = 'file:///gracious-bench/cold.email.md';
    await client.open(uri, draft);
    await client.diagnostics(uri, 1);
    client.dispose();
  }, warmup, runs);
}

/** The server's peak resident set (VmHWM), in MB, once `count` drafts are open and each has its diagnostics. */
async function peakRss(draft: string, count: number): Promise<number> {
  const { client } = await LspClient.start({ capabilities: PUSH_CAPABILITIES });
  try {
    for (let i = 0; i < count; i++) {
      const uri = `file:///gracious-bench/open-${i}.email.md`;
      await client.open(uri, `${draft}\nDraft ${i} of ${count}.\n`);
      await client.diagnostics(uri, 1);
    }
    const status = fs.readFileSync(`/proc/${client.child.pid}/status`, 'utf8');
    const kilobytes = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return kilobytes / 1024;
  } finally {
    client.dispose();
  }
}

export async function measureOverLsp(draft: string, oneMb: string): Promise<LspResults> {
  return {
    keystrokeDraft: await pullLatency(draft, 'draft', 50, 500),
    keystrokeOneMb: await pullLatency(oneMb, 'one-mb', 2, 15),
    pushDraft: await pushLatency(draft, 3, 30),
    debounceMs: PUSH_DELAY_MS,
    coldStart: await coldStart(draft, 2, 15),
    peakRssOneDraft: await peakRss(draft, 1),
    peakRssHundredDrafts: await peakRss(draft, 100),
  };
}
