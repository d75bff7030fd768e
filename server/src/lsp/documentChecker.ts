// Checks each open document once per version and settings: pushes, pulls and hovers all read the same result,
// and the Markdown is parsed once per version however often the settings change.
import type { RemoteConsole, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Settings } from '../config/settings';
import { buildDraft, checkDraft, selectDraft, type Draft, type Finding } from '../core';
import type { SettingsStore } from './settings';

// The server answers nothing while it checks, and checking time grows with length: `npm run bench` measures about
// 0.8 s for 1 MB of email prose and up to twice that for text made of very short sentences. A 1 MB draft (a long
// thread pasted in) is still checked; past 2^20 characters the server says the file is too large instead of
// going quiet for seconds on every pause in typing.
export const MAX_CHECKED_LENGTH = 1_048_576;

// Whether a file too large to check is a draft at all is decided on its head, which holds everything selection
// reads: the name, front matter, and the salutation or Subject:/To: lines of the opening.
const SELECTION_HEAD_LENGTH = 65_536;

/** What checking one version gave: findings, or a refusal because the document is too long. */
export interface CheckOutcome {
  /** Whether the document is a draft at all: [] means "nothing to report" only for a draft. */
  readonly isDraft: boolean;
  readonly findings: readonly Finding[];
  /** Set when the document is a draft but too long to check; findings is then empty. */
  readonly tooLarge?: { readonly length: number; readonly limit: number };
}

interface Parsed {
  readonly version: number;
  readonly draft: Draft;
}

interface Checked {
  readonly version: number;
  readonly settings: Settings;
  readonly relativePath: string | undefined;
  readonly outcome: CheckOutcome;
}

const NOT_A_DRAFT: CheckOutcome = Object.freeze({ isDraft: false, findings: Object.freeze([]) });

/** The first `length` characters, cut at a line break so that no line is parsed half. */
function head(text: string, length: number): string {
  const cut = text.lastIndexOf('\n', length);
  return text.slice(0, cut > 0 ? cut : length);
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
    return (await this.outcome(document))?.findings;
  }

  /** As findings, and whether the document was too large to check, which diagnostics report. */
  async outcome(document: TextDocument): Promise<CheckOutcome | undefined> {
    const { uri, version } = document;
    const { settings, relativePath } = await this.settings.forDocument(uri);
    if (this.documents.get(uri)?.version !== version) return undefined;
    const hit = this.checked.get(uri);
    if (hit && hit.version === version && hit.settings === settings && hit.relativePath === relativePath) return hit.outcome;
    const outcome = this.check(document, settings, relativePath);
    this.checked.set(uri, { version, settings, relativePath, outcome });
    return outcome;
  }

  private check(document: TextDocument, settings: Settings, relativePath: string | undefined): CheckOutcome {
    const text = document.getText();
    if (text.length > MAX_CHECKED_LENGTH) {
      if (selectDraft(buildDraft(head(text, SELECTION_HEAD_LENGTH)), relativePath, settings) === undefined) return NOT_A_DRAFT;
      this.console.info(`${document.uri} (version ${document.version}) has ${text.length} characters, more than the ${MAX_CHECKED_LENGTH} Gracious checks: not checked`);
      return { isDraft: true, findings: NOT_A_DRAFT.findings, tooLarge: { length: text.length, limit: MAX_CHECKED_LENGTH } };
    }
    const draft = this.draftOf(document);
    if (selectDraft(draft, relativePath, settings) === undefined) return NOT_A_DRAFT;
    return { isDraft: true, findings: checkDraft(draft, settings.options) };
  }

  private draftOf(document: TextDocument): Draft {
    const hit = this.parsed.get(document.uri);
    if (hit && hit.version === document.version) return hit.draft;
    const draft = buildDraft(document.getText());
    this.parsed.set(document.uri, { version: document.version, draft });
    return draft;
  }
}
