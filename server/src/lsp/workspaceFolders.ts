// The workspace folders the client has open, kept current, so that each document knows its folder.
import * as path from 'node:path';
import type { InitializeParams, WorkspaceFoldersChangeEvent } from 'vscode-languageserver';
import { filePathOf } from './documentPaths';

export interface Folder {
  readonly uri: string;
  readonly path: string;
}

function toFolder(uri: string): Folder | undefined {
  const folderPath = filePathOf(uri);
  return folderPath === undefined ? undefined : { uri, path: folderPath };
}

export class WorkspaceFolders {
  private folders: Folder[];

  constructor(params: InitializeParams) {
    const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.folders = uris.map(toFolder).filter((f): f is Folder => f !== undefined);
  }

  apply(event: WorkspaceFoldersChangeEvent): void {
    const removed = new Set(event.removed.map((f) => f.uri));
    const added = event.added.map((f) => toFolder(f.uri)).filter((f): f is Folder => f !== undefined);
    this.folders = [...this.folders.filter((f) => !removed.has(f.uri)), ...added];
  }

  /** The innermost folder holding `file`, for nested folders in a multi-root workspace. */
  containing(file: string): Folder | undefined {
    let best: Folder | undefined;
    for (const folder of this.folders) {
      const relative = path.relative(folder.path, file);
      const inside = relative !== '' && relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative);
      if (inside && (!best || folder.path.length > best.path.length)) best = folder;
    }
    return best;
  }
}
