// Gracious: New Follow-up Email. An untitled Markdown draft with the full-email snippet expanded, so that Tab
// walks through its placeholders. The snippet is read from the extension's snippets file: one text, two uses.
import { SnippetString, Uri, window, workspace, type ExtensionContext } from 'vscode';

const SNIPPETS_FILE = 'snippets/markdown.code-snippets';
export const FULL_EMAIL_PREFIX = 'gracious-followup';

interface Snippet {
  readonly prefix: string | readonly string[];
  readonly body: string | readonly string[];
}

export async function fullEmailSnippet(extensionUri: Uri): Promise<string> {
  const bytes = await workspace.fs.readFile(Uri.joinPath(extensionUri, SNIPPETS_FILE));
  const snippets = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, Snippet>;
  const snippet = Object.values(snippets).find((s) => [s.prefix].flat().includes(FULL_EMAIL_PREFIX));
  if (!snippet) throw new Error(`${SNIPPETS_FILE} has no snippet with the prefix ${FULL_EMAIL_PREFIX}`);
  return [snippet.body].flat().join('\n');
}

export async function newEmail(context: ExtensionContext): Promise<void> {
  const body = await fullEmailSnippet(context.extensionUri);
  const document = await workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await window.showTextDocument(document);
  await editor.insertSnippet(new SnippetString(body));
}
