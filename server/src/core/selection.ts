// Which Markdown documents are drafts. Users keep READMEs and notes beside their drafts, so not every Markdown
// file is checked: see README "Which files are checked".
import picomatch from 'picomatch';
import type { Draft } from './draft';
import { findSalutation } from './salutation';

export interface SelectionSettings {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

const EMAIL_SUFFIX = /\.email\.md$/i;
const HEADER_LINE = /^\s*(?:subject|to)\s*:/im;

const matcherCache = new Map<string, (p: string) => boolean>();

function matches(globs: readonly string[], relativePath: string): boolean {
  const posix = relativePath.split('\\').join('/');
  const base = posix.slice(posix.lastIndexOf('/') + 1);
  return globs.some((glob) => {
    let m = matcherCache.get(glob);
    if (!m) matcherCache.set(glob, (m = picomatch(glob, { dot: true, nocase: true })));
    // A glob without a slash matches the file name anywhere, as .gitignore does.
    return m(posix) || (!glob.includes('/') && m(base));
  });
}

export type SelectionReason = 'name' | 'include' | 'front-matter' | 'looks-like-email' | 'untitled';

/**
 * Why `draft` is checked, or undefined when it is not. `relativePath` is relative to the workspace folder or
 * config file; undefined for an untitled buffer.
 */
export function selectDraft(draft: Draft, relativePath: string | undefined, settings: SelectionSettings): SelectionReason | undefined {
  const flag = draft.frontMatter?.data.gracious;
  if (flag === false) return undefined;
  if (relativePath !== undefined && matches(settings.exclude, relativePath)) return undefined;
  if (flag === true) return 'front-matter';
  if (relativePath === undefined) return 'untitled';
  if (EMAIL_SUFFIX.test(relativePath)) return 'name';
  if (matches(settings.include, relativePath)) return 'include';
  if (HEADER_LINE.test(draft.prose.slice(0, 2000)) || findSalutation(draft, () => false)) return 'looks-like-email';
  return undefined;
}
