// Finds the Markdown files under a folder. node_modules and dot-folders (.git, .vscode, …) hold no drafts and
// can be huge, so they are never entered; symbolic links to folders are not followed, so a link cycle cannot
// trap the walk.
import * as fs from 'node:fs';
import * as path from 'node:path';

const MARKDOWN = /\.(?:md|markdown)$/i;

export function isMarkdownFile(file: string): boolean {
  return MARKDOWN.test(file);
}

function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

function isFileOrLinkToFile(entry: fs.Dirent, full: string): boolean {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return fs.statSync(full).isFile();
  } catch {
    return false; // A dangling link is not a draft.
  }
}

/** Markdown files under `root`, sorted; `onError` hears about folders that cannot be read. */
export function walkMarkdownFiles(root: string, onError: (message: string) => void): string[] {
  const files: string[] = [];
  const pending = [root];
  while (pending.length) {
    const dir = pending.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      onError(`cannot read folder ${dir}: ${(e as Error).message}`);
      continue;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedFolder(entry.name)) pending.push(full);
      } else if (isMarkdownFile(entry.name) && isFileOrLinkToFile(entry, full)) {
        files.push(full);
      }
    }
  }
  return files.sort();
}
