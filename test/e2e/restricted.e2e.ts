/// <reference lib="dom" />
// Restricted Mode: a folder the person has not trusted. package.json declares untrustedWorkspaces supported (the
// extension runs no code from the workspace; .graciousrc.json is read as data), so VS Code must still run it and
// the drafts must still be checked.
import * as path from 'node:path';
import { artifact, CodeServer, QUIET_SETTINGS, ROOT } from './codeServer';
import { Workbench } from './workbench';

describe('Gracious in VS Code (code-server, untrusted workspace)', function () {
  this.timeout(120_000);
  let server: CodeServer;
  let workbench: Workbench;

  before(async function () {
    this.timeout(180_000);
    server = await CodeServer.start({
      files: [[path.join(ROOT, 'examples'), 'examples']],
      settings: {
        ...QUIET_SETTINGS,
        'security.workspace.trust.enabled': true,
        // No modal question at start: the folder simply opens untrusted, in Restricted Mode.
        'security.workspace.trust.startupPrompt': 'never',
        'security.workspace.trust.emptyWindow': false,
      },
    });
    workbench = new Workbench(server.page);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && workbench) await workbench.page.screenshot({ path: artifact('restricted-failed') }).catch(() => undefined);
  });

  after(async () => {
    await server?.stop();
  });

  it('checks drafts in Restricted Mode', async () => {
    await workbench.statusItem('Restricted Mode').waitFor();
    await workbench.open('needs-work.email.md');
    await workbench.problems();
    for (const rule of ['placeholder-unfilled', 'negative-tone', 'feedback-vague']) await workbench.problemRows(rule).first().waitFor();
    await workbench.statusItem(/Gracious: \d\/6 ✓/).waitFor();
    await workbench.page.screenshot({ path: artifact('20-restricted-mode') });
  });
});
