// Turns the operands of `gracious check` into the inputs to read: files named outright, files found in folders
// or by globs, and stdin. A named file is checked whatever it looks like; a found one only if it is a draft.
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { walkMarkdownFiles } from './walk';

export type Input =
  | { readonly kind: 'stdin' }
  | { readonly kind: 'file'; readonly path: string; readonly named: boolean };

const STDIN = '-';

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Markdown files under the glob's literal base folder whose path relative to `cwd` matches the glob. */
function globFiles(glob: string, cwd: string, onError: (message: string) => void): string[] {
  const scan = picomatch.scan(glob);
  const root = path.resolve(cwd, scan.base);
  // Re-rooting the pattern at the cwd turns "./drafts/*.md" and absolute globs into the same relative form.
  const base = toPosix(path.relative(cwd, root));
  const isMatch = picomatch(base ? `${base}/${scan.glob}` : scan.glob);
  return walkMarkdownFiles(root, onError).filter((file) => isMatch(toPosix(path.relative(cwd, file))));
}

function statOf(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

/** The inputs in the order first named, each once; problems with operands go to `onError`. */
export function collectInputs(operands: readonly string[], cwd: string, onError: (message: string) => void): Input[] {
  const inputs = new Map<string, Input>();
  const addFound = (file: string): void => {
    if (!inputs.has(file)) inputs.set(file, { kind: 'file', path: file, named: false });
  };
  for (const operand of operands) {
    if (operand === STDIN) {
      inputs.set(STDIN, { kind: 'stdin' });
      continue;
    }
    const full = path.resolve(cwd, operand);
    const stat = statOf(full);
    if (stat?.isDirectory()) {
      walkMarkdownFiles(full, onError).forEach(addFound);
    } else if (stat) {
      inputs.set(full, { kind: 'file', path: full, named: true });
    } else if (picomatch.scan(operand).isGlob) {
      const found = globFiles(operand, cwd, onError);
      if (found.length === 0) onError(`no Markdown files match "${operand}"`);
      found.forEach(addFound);
    } else {
      onError(`no such file or folder: ${operand}`);
    }
  }
  return [...inputs.values()];
}
