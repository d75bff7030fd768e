/// <reference lib="dom" />
// What a person does in the VS Code window, as playwright steps that each wait for what the page shows next:
// a Quick Open row before Enter, an editor tab before typing, a Problems row before reading it. No fixed sleeps.
import type { Locator, Page } from 'playwright-core';

const NBSP = /\u00a0/g;

export class Workbench {
  constructor(readonly page: Page) {}

  private async quickInput(opener: string, text: string, row: string | RegExp, accept = 'Enter'): Promise<void> {
    await this.page.keyboard.press(opener);
    await this.pick(text, row, accept);
  }

  /** In the open quick input: types `text`, waits for a row showing `row`, and accepts it (Enter, or `accept`). */
  async pick(text: string, row: string | RegExp, accept = 'Enter'): Promise<void> {
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    await input.fill(text);
    const rows = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    const item = rows.filter({ hasText: row }).first();
    await item.waitFor();
    // Another row may rank first (a recently opened editor whose name looks alike): move to the wanted one.
    const wanted = rows.and(this.page.locator('.focused')).filter({ hasText: row });
    for (let moves = await rows.count(); !(await wanted.count()) && moves > 0; moves--) await this.page.keyboard.press('ArrowDown');
    await wanted.waitFor();
    await this.page.keyboard.press(accept);
    await item.waitFor({ state: 'hidden' });
  }

  /** Quick Open (Ctrl+P) a file of the workspace by name, and wait for its editor. */
  async open(fileName: string): Promise<void> {
    await this.quickInput('Control+P', fileName, fileName);
    await this.activeTab(fileName).waitFor();
    await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').waitFor();
  }

  /** Quick Open a file into a new editor group to the right (Ctrl+Enter), and wait for its editor. */
  async openToSide(fileName: string): Promise<void> {
    await this.quickInput('Control+P', fileName, fileName, 'Control+Enter');
    await this.activeTab(fileName).waitFor();
  }

  /** Runs a command from the Command Palette by its title, as listed there ("Gracious: Fix All"). */
  async command(title: string): Promise<void> {
    await this.quickInput('F1', `>${title}`, title);
  }

  /** Go to Line/Column (Ctrl+G), leaving the cursor there and the editor focused. */
  async goTo(line: number, column: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });
    await this.page.locator('.editor-group-container.active .monaco-editor.focused').waitFor();
  }

  /**
   * Opens Quick Fix (Ctrl+.) at the cursor and returns its visible row for the action titled `title`. The menu
   * lists what the editor had when it opened; on a cold machine that can be a partial list, so a menu without the
   * action is closed and asked for again, and the last failure says what the menu did show.
   */
  async quickFixRow(title: string, attempts = 4): Promise<Locator> {
    const rows = this.page.locator('.action-widget .monaco-list-row');
    const row = rows.filter({ hasText: title }).first();
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('Control+.');
      try {
        await row.waitFor({ timeout: 7_500 });
        return row;
      } catch (error) {
        const shown = (await rows.allInnerTexts()).join(' | ') || 'no menu';
        await this.page.keyboard.press('Escape');
        if (attempt === attempts) {
          throw new Error(`Quick Fix did not offer "${title}" in ${attempts} tries; it showed: ${shown}`, { cause: error });
        }
      }
    }
  }

  activeTab(title: string | RegExp): Locator {
    return this.page.locator('.editor-group-container.active .tab.active', { hasText: title });
  }

  /** The Problems view, opened if need be. */
  async problems(): Promise<Locator> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) await this.command('View: Focus Problems');
    await panel.waitFor();
    return panel;
  }

  /** Runs `body` with the panel maximized, so that the Problems view shows every row at once. */
  async withMaximizedPanel<T>(body: () => Promise<T>): Promise<T> {
    await this.problems();
    await this.command('View: Toggle Maximized Panel');
    try {
      return await body();
    } finally {
      await this.command('View: Toggle Maximized Panel');
    }
  }

  /** Problems rows (one finding each) whose text has `text`; file rows are told apart by their file icon. */
  problemRows(text: string | RegExp): Locator {
    return this.page.locator('.markers-panel .monaco-list-row', { hasText: text }).filter({ has: this.page.locator('.marker-icon') });
  }

  /** The active editor's text, line by line as Monaco renders it (enough for an email). */
  async editorText(): Promise<string> {
    const lines = this.page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line');
    const rendered = await lines.evaluateAll((elements) =>
      elements
        .map((element) => ({ top: parseFloat((element as HTMLElement).style.top), text: element.textContent ?? '' }))
        .sort((a, b) => a.top - b.top)
        .map((line) => line.text),
    );
    return rendered.join('\n').replace(NBSP, ' ');
  }

  /**
   * Waits until the active editor's text satisfies `test`. Long lines wrap on screen, so the test is given the
   * text with every run of white space (line breaks included) read as one space.
   */
  async waitForEditorText(test: (flat: string) => boolean, what: string, timeoutMs = 15_000): Promise<string> {
    let text = '';
    const flat = (): string => text.replace(/\s+/g, ' ');
    await this.waitUntil(async () => test(((text = await this.editorText()), flat())), () => `the editor to show ${what}; it shows:\n${text}`, timeoutMs);
    return flat();
  }

  /** Waits until exactly `count` elements match (count 0: none left). */
  async waitForCount(locator: Locator, count: number, timeoutMs = 15_000): Promise<void> {
    let seen = -1;
    await this.waitUntil(async () => (seen = await locator.count()) === count, () => `${count} of ${locator}, seeing ${seen}`, timeoutMs);
  }

  /**
   * Re-checks `condition` each time the page has gone idle until it holds: what a person would see change. Idle,
   * not every repaint: VS Code does some rendering (webview content among it) only when the window is idle, and
   * asking at every frame would keep it from ever being so.
   */
  async waitUntil(condition: () => Promise<boolean>, what: () => string, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what()}`);
      await this.page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 500 })));
    }
  }

  /**
   * Waits until the webview on screen (a Markdown preview, a walkthrough's media) shows `text`. A webview is an
   * iframe holding the content's own iframe; playwright waits inside it without disturbing its loading.
   */
  async waitForWebviewText(text: string, timeout = 30_000): Promise<void> {
    const webview = this.page.locator('iframe.webview').filter({ visible: true }).first();
    await webview.contentFrame().locator('iframe#active-frame').contentFrame().locator('body', { hasText: text }).waitFor({ timeout });
  }

  statusItem(text: string | RegExp): Locator {
    return this.page.locator('.statusbar-item', { hasText: text });
  }

  notification(text: string | RegExp): Locator {
    return this.page.locator('.notifications-toasts .notification-toast', { hasText: text });
  }
}
