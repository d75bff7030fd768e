// Temporary workspace folders on disk, for tests that need real files: .graciousrc.json, relative paths.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

export function pathToUri(file: string): string {
  return pathToFileURL(file).href;
}

export class TempWorkspace {
  readonly folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'gracious-ls-')));

  write(relativePath: string, text: string): string {
    const file = path.join(this.folder, relativePath);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  }

  uri(relativePath: string): string {
    return pathToUri(path.join(this.folder, relativePath));
  }

  remove(): void {
    fs.rmSync(this.folder, { recursive: true, force: true });
  }
}
