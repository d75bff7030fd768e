// An end-to-end check from a real editor: Neovim's own LSP client starts gracious-ls over stdio. It waits on
// diagnostics events (vim.wait with a predicate), never on time. CI installs Neovim (apt-get install -y neovim).
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureServerBuilt, SERVER_PATH } from '../protocol/helpers/server';

interface NeovimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  code: string;
  source: string;
  message: string;
}

interface NeovimReport {
  opened: boolean;
  on_open: NeovimDiagnostic[];
  edited: boolean;
  after_edit: NeovimDiagnostic[];
}

const SCRIPT = path.join(__dirname, 'lsp.lua');
const FIXTURE = path.join(__dirname, 'follow-up.email.md');

function hasNeovim(): boolean {
  try {
    execFileSync('nvim', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function runNeovim(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    // `-l` needs Neovim 0.9; Debian's 0.7 runs the script with `-c luafile`.
    execFile('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${SCRIPT}`], { env, timeout: 25_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`nvim failed: ${error.message}\n${stdout}${stderr}`)) : resolve());
  });
}

describe('neovim: gracious-ls in a real editor', function () {
  this.timeout(30_000);
  let report: NeovimReport;
  let folder: string;

  before(async function () {
    if (!hasNeovim()) {
      console.log('    nvim is not installed here, so this is skipped; CI installs it (apt-get install -y neovim)');
      this.skip();
    }
    ensureServerBuilt();
    // A folder of its own, so no .graciousrc.json from the checkout applies.
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gracious-nvim-'));
    const draft = path.join(folder, 'follow-up.email.md');
    const out = path.join(folder, 'diagnostics.json');
    fs.copyFileSync(FIXTURE, draft);
    await runNeovim({ ...process.env, GRACIOUS_NODE: process.execPath, GRACIOUS_SERVER: SERVER_PATH, GRACIOUS_DRAFT: draft, GRACIOUS_OUT: out });
    report = JSON.parse(fs.readFileSync(out, 'utf8')) as NeovimReport;
  });

  after(() => {
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('shows the unfilled placeholder and the generic greeting at their exact places', () => {
    assert.ok(report.opened, 'diagnostics arrived within the wait');
    const at = (code: string) => report.on_open.filter((d) => d.code === code).map(({ lnum, col, end_lnum, end_col }) => ({ lnum, col, end_lnum, end_col }));
    assert.deepEqual(at('greeting-generic'), [{ lnum: 0, col: 0, end_lnum: 0, end_col: 20 }]);
    // [Position] is UTF-16 character 39 on its line, after 😀 (2 UTF-16 units, 4 bytes): Neovim's byte column is 41.
    assert.deepEqual(at('placeholder-unfilled'), [{ lnum: 2, col: 41, end_lnum: 2, end_col: 51 }]);
    assert.ok(report.on_open.every((d) => d.source === 'gracious'));
    assert.match(report.on_open.find((d) => d.code === 'placeholder-unfilled')!.message, /\[Position\]/);
  });

  it('follows an edit sent as an incremental change', () => {
    assert.ok(report.edited, 'diagnostics for the edited text arrived within the wait');
    const codes = report.after_edit.map((d) => d.code);
    assert.ok(!codes.includes('placeholder-unfilled') && codes.includes('greeting-generic'), `${codes}`);
  });
});
