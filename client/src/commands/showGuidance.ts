// Gracious: Show Guidance. The guidance summary, with a link to every rule's page, as a Markdown preview; both are
// files inside the extension, so this works offline and in Restricted Mode.
import { commands, Uri, window, type ExtensionContext } from 'vscode';

export const GUIDANCE_FILE = 'walkthroughs/guidance.md';

export async function showGuidance(context: ExtensionContext): Promise<void> {
  const guidance = Uri.joinPath(context.extensionUri, GUIDANCE_FILE);
  try {
    await commands.executeCommand('markdown.showPreview', guidance);
  } catch {
    // Without the built-in Markdown extension there is no preview; the source reads well enough.
    await window.showTextDocument(guidance, { preview: true });
  }
}
