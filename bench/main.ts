// `npm run bench`: measures the checking core, the language server and the CLI, and prints one table with every
// budget from issue 5 marked met or not. Inputs: bench/draft.email.md and the labelled corpora (bench/inputs.ts).
// First, as in the server and the CLI: the in-process numbers run under the settings users get.
import '../server/src/regexpTiering';
import * as os from 'node:os';
import { measureArtifacts } from './artifacts';
import { measureCli } from './cliRun';
import { loadContenders } from './contenders';
import { measureContender, measureCore } from './inProcess';
import { MB, proseDocument, typicalDraft } from './inputs';
import { measureOverLsp } from './overLsp';
import { renderTables } from './table';

function step(name: string): void {
  process.stderr.write(`bench: ${name}…\n`);
}

async function main(): Promise<void> {
  const draft = typicalDraft();
  const oneMb = proseDocument(MB);
  step('checking core');
  const core = measureCore(draft);
  step('other checkers');
  const contenders = [];
  for (const contender of await loadContenders()) contenders.push(await measureContender(contender, draft));
  step('language server');
  const lsp = await measureOverLsp(draft, oneMb);
  step('command line, 10,000 drafts');
  const cli = measureCli();
  step('bundle and package sizes');
  const artifacts = await measureArtifacts();
  const machine = `Node ${process.version}, ${os.availableParallelism()} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'})`;
  const draftWords = draft.split(/\s+/).filter(Boolean).length;
  process.stdout.write(renderTables({ machine, draftWords, oneMbBytes: Buffer.byteLength(oneMb), core, lsp, contenders, artifacts, cli }));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
