// Where a document lives, as the draft selection needs it: a path relative to the folder of its nearest
// .graciousrc.json, else to its workspace folder; the CLI uses the same rule with the current directory in place
// of the workspace folder, so that include/exclude globs read the same in the editor and on the command line.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The file-system path of a file: URI; undefined for untitled buffers and other schemes. */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * The path selectDraft matches globs against. Undefined for an untitled buffer, which is always checked. A file
 * in neither a workspace folder nor under a config file, and a document of another scheme (git:, vscode-vfs:), is
 * known by its name alone, so that *.email.md still selects it.
 */
export function relativePathOf(uri: string, folder: string | undefined, configFile: string | undefined): string | undefined {
  if (uri.startsWith('untitled:')) return undefined;
  const file = filePathOf(uri);
  if (file === undefined) return path.posix.basename(uri.replace(/[?#].*$/, ''));
  const base = configFile === undefined ? folder : path.dirname(configFile);
  return base === undefined ? path.basename(file) : path.relative(base, file);
}
