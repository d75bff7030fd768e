// What `--help` prints.
import { CONFIG_FILE_NAME } from '../config/graciousrc';
import { EXIT_CODE_MEANINGS } from './exit-codes';
import { FORMAT_NAMES } from './formats';
import { VERSION } from './package-info';

export const HELP = `gracious ${VERSION}: checks the Markdown drafts of follow-up emails after a job rejection.

Usage:
  gracious check [options] [file | folder | glob | -]...
  gracious rules
  gracious --help | --version

check
  Files named on the command line are always checked. Folders are walked for *.md and *.markdown files,
  skipping node_modules and folders whose names start with a dot; globs (quote them) are matched against
  paths under the current folder. A file found by walking or by a glob is checked when it is a draft: its
  name ends in .email.md, it matches "include", its front matter says "gracious: true", or it reads like an
  email (a greeting such as "Dear Ms. Patel," or a Subject:/To: line). "exclude" and front matter
  "gracious: false" leave it out. "-" reads one draft from stdin, shown as <stdin>. With no arguments,
  the current folder is checked. Large runs are spread over every core; the report is the same either way.
  On a terminal, a progress bar shows on stderr while a run lasts.

Options
  -f, --format NAME   report format: ${FORMAT_NAMES.join(', ')} (default: text)
  -c, --config FILE   use FILE instead of looking for ${CONFIG_FILE_NAME}
  -j, --jobs N        check on at most N threads (default: one per core; small runs use one)
  -h, --help          show this help
  -v, --version       show the version

Configuration
  Each draft uses the nearest ${CONFIG_FILE_NAME} in its folder or above (for stdin: the current folder);
  include/exclude globs are relative to that file's folder, or to the current folder when there is none.
  A problem in a discovered config file is reported on stderr and defaults apply to what could not be read;
  the check still runs. A problem in a file given with --config stops the run with exit code 2.

Exit codes
${Object.entries(EXIT_CODE_MEANINGS).map(([code, meaning]) => `  ${code}  ${meaning}`).join('\n')}

gracious rules lists every rule with its default severity.
`;
