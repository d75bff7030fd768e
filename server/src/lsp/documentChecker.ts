// Checks each open document once per version and settings: pushes, pulls and hovers all read the same result,
// and the Markdown is parsed once per version however often the settings change.
import type { RemoteConsole, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from '../config/settings';
import { buildDraft, checkDraft, selectDraft, type Draft, type Finding } from '../core';
import type { SettingsStore } from './settings';

// Checking time grows with length (about a second per million characters), and the server answers nothing while
// it checks. An email is a few thousand characters; anything past this is not a draft, so it is not checked.
export const MAX_CHECKED_LENGTH = 200_000;

interface Parsed {
  readonly version: number;
  readonly draft: Draft;
}

interface Checked {
  readonly version: number;
  readonly settings: Settings;
  readonly relativePath: string | undefined;
  readonly findings: readonly Finding[];
}

export class DocumentChecker {
  private readonly parsed = new Map<string, Parsed>();
  private readonly checked = new Map<string, Checked>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly console: RemoteConsole,
  ) {
    documents.onDidClose(({ document }) => {
      this.parsed.delete(document.uri);
      this.checked.delete(document.uri);
      settings.forget(document.uri);
    });
  }

  /**
   * Findings for the document's current version; undefined when a newer version (or a close) arrived while the
   * settings were being read, so that no caller ever publishes results for a stale version.
   */
  async findings(document: TextDocument): Promise<readonly Finding[] | undefined> {
    const { uri, version } = document;
    const { settings, relativePath } = await this.settings.forDocument(uri);
    if (this.documents.get(uri)?.version !== version) return undefined;
    const hit = this.checked.get(uri);
    if (hit && hit.version === version && hit.settings === settings && hit.relativePath === relativePath) return hit.findings;
    const findings = this.check(document, settings, relativePath);
    this.checked.set(uri, { version, settings, relativePath, findings });
    return findings;
  }

  private check(document: TextDocument, settings: Settings, relativePath: string | undefined): readonly Finding[] {
    if (document.getText().length > MAX_CHECKED_LENGTH) {
      this.console.info(`${document.uri} has more than ${MAX_CHECKED_LENGTH} characters: not checked`);
      return [];
    }
    const draft = this.draftOf(document);
    if (selectDraft(draft, relativePath, settings) === undefined) return [];
    return checkDraft(draft, settings.options);
  }

  private draftOf(document: TextDocument): Draft {
    const hit = this.parsed.get(document.uri);
    if (hit && hit.version === document.version) return hit.draft;
    const draft = buildDraft(document.getText());
    this.parsed.set(document.uri, { version: document.version, draft });
    return draft;
  }
}
