// Dispatches a parsed command line and returns the exit code; cli.ts hands over the process.
import { parseCommandLine } from './args';
import { runCheck } from './check-command';
import { ExitCode } from './exit-codes';
import { Notices } from './notices';
import { VERSION } from './package-info';
import { formatRuleList } from './rules-command';
import { HELP } from './usage';

export async function main(argv: readonly string[], cwd: string): Promise<ExitCode> {
  const command = parseCommandLine(argv);
  switch (command.kind) {
    case 'usage-error':
      new Notices().fail(`${command.message}\nRun "gracious --help" for usage.`);
      return ExitCode.Trouble;
    case 'help':
      process.stdout.write(HELP);
      return ExitCode.Clean;
    case 'version':
      process.stdout.write(`${VERSION}\n`);
      return ExitCode.Clean;
    case 'rules':
      process.stdout.write(formatRuleList());
      return ExitCode.Clean;
    case 'check':
      return runCheck(command, cwd);
  }
}
