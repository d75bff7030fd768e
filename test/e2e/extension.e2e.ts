/// <reference lib="dom" />
// The packaged extension in a real VS Code (code-server), driven as a person would: open a draft, read the
// Problems view and the status bar, apply a quick fix, fix all, copy as text, start from the snippet, type into an
// untitled draft, check the whole workspace, survive a server crash. Each step waits on what the page shows and
// leaves a screenshot in .test-artifacts/e2e/.
import * as assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { artifact, ARTIFACTS, CodeServer, QUIET_SETTINGS, ROOT } from './codeServer';
import { Workbench } from './workbench';

const FIXTURES = path.join(__dirname, 'fixtures');
const RULES_IN_NEEDS_WORK = ['placeholder-unfilled', 'negative-tone', 'feedback-vague', 'greeting-generic', 'interest-missing'];
const RESTARTED = 'The Gracious server stopped unexpectedly and was restarted';

describe('Gracious in VS Code (code-server, trusted workspace)', function () {
  this.timeout(120_000);
  let server: CodeServer;
  let workbench: Workbench;
  let step = 0;
  const shot = (name: string): Promise<Buffer> => workbench.page.screenshot({ path: artifact(`${String(++step).padStart(2, '0')}-${name}`) });

  before(async function () {
    this.timeout(180_000);
    rmSync(ARTIFACTS, { recursive: true, force: true });
    server = await CodeServer.start({
      files: [
        [path.join(ROOT, 'examples'), 'examples'],
        [path.join(FIXTURES, 'data-analyst.email.md'), 'data-analyst.email.md'],
        [path.join(FIXTURES, 'not-yet-opened.email.md'), 'not-yet-opened.email.md'],
      ],
      // Trust settled for the whole window, as for a folder the person trusts.
      settings: { ...QUIET_SETTINGS, 'security.workspace.trust.enabled': false },
    });
    workbench = new Workbench(server.page);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && workbench) await shot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`).catch(() => undefined);
  });

  after(async () => {
    if (!server) return;
    const activation = /Gracious activated in (\d+) ms/.exec(server.extensionLog())?.[1];
    writeFileSync(path.join(ARTIFACTS, 'measurements.json'), `${JSON.stringify({ activationMs: activation ? Number(activation) : null }, null, 2)}\n`);
    if (activation) console.log(`      activation: ${activation} ms (from the Gracious output channel)`);
    writeFileSync(path.join(ARTIFACTS, 'code-server.log'), server.log());
    writeFileSync(path.join(ARTIFACTS, 'gracious.log'), server.extensionLog());
    await server.stop();
  });

  it('installs the .vsix: minified bundles, and no source maps, sources or dependencies', () => {
    const files = server.installedFiles();
    for (const bundle of ['dist/client.js', 'dist/server.js']) assert.ok(files.includes(bundle), `${bundle} is not installed`);
    assert.deepEqual(files.filter((file) => /\.map$|\.ts$|^(node_modules|test|client|server|scripts)\//.test(file)), []);
    for (const bundle of ['dist/client.js', 'dist/server.js']) {
      assert.ok(!readFileSync(path.join(server.installedDir(), bundle), 'utf8').includes('sourceMappingURL'), `${bundle} is a development build`);
    }
  });

  it('lists a draft\'s findings in the Problems view by rule id', async () => {
    await workbench.open('needs-work.email.md');
    await workbench.problems();
    for (const rule of RULES_IN_NEEDS_WORK) await workbench.problemRows(rule).first().waitFor();
    await workbench.page.locator('.monaco-editor .squiggly-error').first().waitFor();
    await shot('problems-by-rule-id');
  });

  it('shows the draft\'s checklist in the status bar, with each item in the tooltip', async () => {
    const item = workbench.statusItem(/Gracious: \d\/6 ✓/);
    await item.waitFor();
    assert.equal(await item.innerText(), 'Gracious: 1/6 ✓');
    await item.hover();
    const tooltip = workbench.page.locator('.monaco-hover, .workbench-hover', { hasText: 'Thanks the reader' }).first();
    await tooltip.waitFor();
    const text = await tooltip.innerText();
    for (const line of ['✓ Thanks the reader', '✗ Asks for specific feedback', '✗ States continued interest', '✗ Greets by name', '✗ Stays gracious', '✗ No unfilled placeholders']) {
      assert.ok(text.includes(line), `tooltip lacks "${line}":\n${text}`);
    }
    await shot('status-bar-checklist');
    await workbench.page.mouse.move(700, 300);
    await tooltip.waitFor({ state: 'hidden' });
  });

  it('hides the checklist for Markdown that is not a draft', async () => {
    await workbench.open('README.md');
    await workbench.statusItem(/Gracious:/).waitFor({ state: 'hidden' });
    await shot('no-checklist-for-readme');
    await workbench.command('View: Close All Editors');
  });

  it('applies a quick fix, and its finding goes away', async () => {
    await workbench.open('data-analyst.email.md');
    await workbench.problems();
    const placeholders = workbench.problemRows('placeholder-unfilled');
    await workbench.waitForCount(placeholders, 2);
    await workbench.goTo(9, 56);
    // The light bulb says the quick fixes for the cursor's line have arrived.
    await workbench.page.locator('.editor-group-container.active .lightBulbWidget').waitFor();
    const fill = await workbench.quickFixRow('Fill [Position] with "Data Analyst"');
    await shot('quick-fix-menu');
    await fill.click();
    await workbench.waitForCount(placeholders, 1);
    await workbench.waitForEditorText((text) => text.includes('interviews for the Data Analyst role'), 'the filled-in role');
    await shot('quick-fix-applied');
  });

  it('fixes every safe problem with Gracious: Fix All', async () => {
    await workbench.command('Gracious: Fix All');
    await workbench.waitForCount(workbench.problemRows('placeholder-unfilled'), 0);
    await workbench.waitForEditorText((text) => text.includes('future Data Analyst openings'), 'the second filled-in role');
    await workbench.statusItem('Gracious: 6/6 ✓').waitFor();
    await workbench.page.keyboard.press('Control+S');
    await workbench.page.locator('.editor-group-container.active .tab.active.dirty').waitFor({ state: 'detached' });
    await shot('fix-all-done');
  });

  it('copies the draft as a plain-text email', async () => {
    await workbench.command('Gracious: Copy as Plain-Text Email');
    let copied = '';
    await workbench.waitUntil(
      async () => (copied = await workbench.page.evaluate(() => navigator.clipboard.readText())).startsWith('Dear Ms. Haddad,'),
      () => `the clipboard to hold the email; it holds:\n${copied}`,
    );
    assert.ok(!copied.includes('---') && !copied.includes('role:'), `front matter was copied:\n${copied}`);
    assert.ok(copied.includes('future Data Analyst openings'));
    assert.ok(copied.endsWith('Best regards,\nSam Okoro\n'), copied);
  });

  it('starts a new email from the full snippet, with working tab stops', async () => {
    await workbench.command('View: Close All Editors');
    await workbench.command('Gracious: New Follow-up Email');
    await workbench.activeTab(/Untitled-\d/).waitFor();
    await workbench.waitForEditorText((text) => text.includes('Subject: Thank you for the [Position] interview'), 'the expanded snippet');
    await shot('snippet-expanded');
    // The first tab stop ([Position], twice in the snippet) is selected: typing replaces both.
    await workbench.page.keyboard.type('Data Analyst');
    await workbench.page.keyboard.press('Tab');
    await workbench.page.keyboard.type('Ms. Haddad');
    await workbench.waitForEditorText(
      (text) => text.includes('Thank you for the Data Analyst interview') && text.includes('Dear Ms. Haddad,') && text.includes('for the Data Analyst role'),
      'both tab stops filled',
    );
    await workbench.page.keyboard.press('Escape');
    await shot('snippet-tab-stops-filled');
  });

  it('checks an untitled draft as it is typed', async () => {
    await workbench.problems();
    await workbench.problemRows('[Company]').first().waitFor();
    await workbench.waitForCount(workbench.problemRows('[Position]'), 0);
    await workbench.waitForCount(workbench.problemRows('[Hiring Manager]'), 0);
    await workbench.statusItem(/Gracious: \d\/6 ✓/).waitFor();
    await workbench.page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
    await workbench.page.keyboard.press('Control+End');
    await workbench.page.keyboard.type('\nI hope whoever you hired turns out to be worth the wait.');
    await workbench.problemRows('negative-tone').first().waitFor();
    await shot('untitled-draft-checked');
  });

  it('checks every draft in the workspace, open or not', async () => {
    await workbench.command('Gracious: Check All Drafts in Workspace');
    const summary = workbench.notification(/Gracious checked 7 drafts among 8 Markdown files/);
    await summary.waitFor({ timeout: 60_000 });
    await workbench.withMaximizedPanel(async () => {
      await workbench.page.locator('.markers-panel .monaco-list-row', { hasText: 'not-yet-opened.email.md' }).first().waitFor();
      await workbench.problemRows('greeting-generic').first().waitFor();
      await shot('workspace-checked');
    });
    await workbench.command('Notifications: Clear All Notifications');
  });

  it('checks a saved draft only on save when gracious.run is onSave', async () => {
    // Written from outside the editor; VS Code notices the file, and the extension says when the setting took effect.
    server.writeFolderSettings({ 'gracious.run': 'onSave' });
    await workbench.command('Output: Show Output Channels...');
    await workbench.pick('Gracious', 'Gracious');
    await workbench.page.locator('.panel .monaco-editor .view-line', { hasText: 'gracious.run: onSave' }).first().waitFor();
    // The untitled draft stays on the left (untitled drafts are always checked as you type); the saved one opens on the right.
    await workbench.openToSide('data-analyst.email.md');
    const typeAtEnd = async (text: string): Promise<void> => {
      await workbench.page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
      await workbench.page.keyboard.press('Control+End');
      await workbench.page.keyboard.type(text);
    };
    await typeAtEnd('Please give my regards to [Alpha].');
    await workbench.command('View: Focus First Editor Group');
    await typeAtEnd(' Please give my regards to [Beta].');
    await workbench.problems();
    // [Beta] was typed after [Alpha]: once it is checked, [Alpha] would have been too, had typing been checked.
    await workbench.withMaximizedPanel(() => workbench.problemRows('[Beta]').first().waitFor());
    assert.equal(await workbench.problemRows('[Alpha]').count(), 0);
    await workbench.page.locator('.editor-group-container:not(.active) .monaco-editor .view-lines').click();
    await workbench.activeTab('data-analyst.email.md').waitFor();
    await workbench.page.keyboard.press('Control+S');
    await workbench.withMaximizedPanel(async () => {
      await workbench.problemRows('[Alpha]').first().waitFor();
      await shot('checked-on-save');
    });
    server.writeFolderSettings({});
    await workbench.command('Output: Show Output Channels...');
    await workbench.pick('Gracious', 'Gracious');
    await workbench.page.locator('.panel .monaco-editor .view-line', { hasText: 'gracious.run: onType' }).first().waitFor();
    await workbench.command('View: Close Editor Group');
  });

  it('restarts a crashed server, and says so once', async () => {
    // Each restarted server must check the untitled draft anew: a placeholder typed after the crash shows it.
    const crashThenType = async (placeholder: string): Promise<void> => {
      const before = server.serverPids();
      assert.equal(before.length, 1, `expected one Gracious server, found ${before.join(', ') || 'none'}`);
      process.kill(before[0]!, 'SIGKILL');
      await workbench.waitUntil(async () => server.serverPids().some((pid) => !before.includes(pid)), () => 'a new server process');
      await workbench.page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
      await workbench.page.keyboard.press('Control+End');
      await workbench.page.keyboard.type(` Please give my regards to ${placeholder}.`);
      await workbench.withMaximizedPanel(() => workbench.problemRows(placeholder).first().waitFor());
    };
    await crashThenType('[Recruiter]');
    await workbench.notification(RESTARTED).first().waitFor();
    await crashThenType('[Team Lead]');
    await workbench.command('Notifications: Show Notifications');
    const told = workbench.page.locator('.notifications-center .notification-list-item', { hasText: RESTARTED });
    await told.first().waitFor();
    assert.equal(await told.count(), 1);
    await shot('server-restarted-once');
    await workbench.command('Notifications: Clear All Notifications');
  });

  it('opens the walkthrough and the guidance', async () => {
    await workbench.command('View: Hide Panel');
    await workbench.command('Welcome: Open Walkthrough...');
    await workbench.pick('gracious', 'Write a gracious follow-up email');
    await workbench.page.locator('.getting-started-step', { hasText: 'Start a draft' }).first().waitFor();
    await workbench.waitForWebviewText('Tab to move from one');
    await shot('walkthrough');
    await workbench.command('Gracious: Show Guidance');
    await workbench.activeTab(/guidance\.md/).waitFor();
    await workbench.waitForWebviewText('A gracious follow-up, in six steps');
    await shot('guidance');
  });
});
