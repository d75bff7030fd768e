// Effective settings per document, normalised once per change and cached.
//
// Layering: defaults < editor settings (the "gracious" section) < the nearest .graciousrc.json. The project file
// wins, as an .eslintrc does over editor settings: it travels with the drafts and is what the CLI reads, so the
// editor and a CI check agree; editor settings are one person's defaults for folders without a project file.
import * as path from 'node:path';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type Connection,
  type DidChangeConfigurationParams,
  type DidChangeWatchedFilesParams,
} from 'vscode-languageserver';
import { CONFIG_FILE_NAME, ConfigCache, type LoadedConfig } from '../config/graciousrc';
import { mergeSettings, normaliseSettings, type RawSettings, type Settings } from '../config/settings';
import type { ClientFeatures } from './clientFeatures';
import { filePathOf, relativePathOf } from './documentPaths';
import { guardListener } from './guard';
import type { ProblemReporter } from './problems';
import type { WorkspaceFolders } from './workspaceFolders';

export interface DocumentSettings {
  readonly settings: Settings;
  /** What selectDraft matches include/exclude against; undefined for an untitled buffer. */
  readonly relativePath: string | undefined;
}

const SECTION = 'gracious';
// The editor's section also holds client-only keys (trace.server, …) that the checker neither knows nor wants.
const CHECKER_KEYS: readonly (keyof RawSettings)[] = ['rules', 'include', 'exclude', 'negativePhrases', 'allowedPhrases'];

function checkerSettings(raw: unknown): Partial<RawSettings> | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const picked: Partial<RawSettings> = {};
  for (const key of CHECKER_KEYS) if (key in raw) picked[key] = (raw as RawSettings)[key];
  return picked;
}

export class SettingsStore {
  /** Editor settings by scope: the workspace folder's URI, or the document's own outside any folder. */
  private readonly editorSettings = new Map<string, Promise<Settings>>();
  private readonly projectConfigs = new ConfigCache();
  /** Merged settings by their two layers, so that an unchanged pair yields the same object and cached results stay valid. */
  private readonly layered = new WeakMap<Settings, WeakMap<LoadedConfig, Settings>>();
  private readonly listeners: (() => void)[] = [];
  /** Settings pushed with didChangeConfiguration, for clients that do not answer workspace/configuration. */
  private pushedSettings: unknown;

  constructor(
    private readonly connection: Connection,
    private readonly features: ClientFeatures,
    private readonly folders: WorkspaceFolders,
    private readonly problems: ProblemReporter,
  ) {
    connection.onDidChangeConfiguration(guardListener(connection.console, 'didChangeConfiguration', (params: DidChangeConfigurationParams) => {
      this.pushedSettings = (params.settings as Record<string, unknown> | null | undefined)?.[SECTION];
      this.changed();
    }));
    connection.onDidChangeWatchedFiles(guardListener(connection.console, 'didChangeWatchedFiles', (params: DidChangeWatchedFilesParams) => {
      if (!params.changes.some((change) => change.uri.endsWith(`/${CONFIG_FILE_NAME}`))) return;
      this.projectConfigs.clear();
      this.problems.forgetShown();
      this.changed();
    }));
  }

  /** Subscribes to what changes settings; call once the client has sent `initialized`. */
  watch(): Promise<unknown> {
    if (this.features.workspaceFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders(guardListener(this.connection.console, 'didChangeWorkspaceFolders', (event) => {
        this.folders.apply(event);
        this.changed();
      }));
    }
    // Both requests are sent at once, so that a client refusing one still gets the other.
    const registrations: Promise<unknown>[] = [];
    if (this.features.configurationChangeRegistration) {
      registrations.push(this.connection.client.register(DidChangeConfigurationNotification.type, { section: SECTION }));
    }
    if (this.features.watchedFilesRegistration) {
      const watchers = [{ globPattern: `**/${CONFIG_FILE_NAME}` }];
      registrations.push(this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }));
    }
    return Promise.all(registrations);
  }

  /** Called when settings may differ for any document: diagnostics need refreshing. */
  onDidChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  async forDocument(uri: string): Promise<DocumentSettings> {
    const file = filePathOf(uri);
    const folder = file === undefined ? undefined : this.folders.containing(file);
    const editor = await this.editorSettingsFor(folder?.uri ?? uri);
    // Read after the await, so the file is as fresh as possible; ConfigCache re-reads it only when its mtime changed.
    const project = file === undefined ? undefined : this.projectConfigs.forDirectory(path.dirname(file));
    if (project) this.problems.report(project.problems);
    return {
      settings: project ? this.layer(editor, project) : editor,
      relativePath: relativePathOf(uri, folder?.path, project?.file),
    };
  }

  /** Drops a closed document's own scope; folder scopes stay for the folder's other documents. */
  forget(uri: string): void {
    this.editorSettings.delete(uri);
  }

  private changed(): void {
    this.editorSettings.clear();
    for (const listener of this.listeners) listener();
  }

  private editorSettingsFor(scopeUri: string): Promise<Settings> {
    let settings = this.editorSettings.get(scopeUri);
    if (!settings) {
      settings = this.fetchEditorSettings(scopeUri);
      this.editorSettings.set(scopeUri, settings);
    }
    return settings;
  }

  private async fetchEditorSettings(scopeUri: string): Promise<Settings> {
    let raw = this.pushedSettings;
    if (this.features.configuration) {
      try {
        raw = await this.connection.workspace.getConfiguration({ scopeUri, section: SECTION });
      } catch (error) {
        this.connection.console.error(`workspace/configuration failed, using defaults: ${String(error)}`);
        raw = undefined;
      }
    }
    const { settings, problems } = normaliseSettings(checkerSettings(raw));
    this.problems.report(problems.map((problem) => `Gracious settings (${SECTION}.*): ${problem}`));
    return settings;
  }

  private layer(editor: Settings, project: LoadedConfig): Settings {
    let byProject = this.layered.get(editor);
    if (!byProject) this.layered.set(editor, (byProject = new WeakMap()));
    let settings = byProject.get(project);
    if (!settings) byProject.set(project, (settings = mergeSettings(editor, project.raw, project.settings)));
    return settings;
  }
}
