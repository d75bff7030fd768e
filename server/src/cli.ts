// `gracious`: the command-line entry. Everything lives in ./cli; this file only hands over the process.
import './regexpTiering';
import { main } from './cli/main';

// A reader that stops early (`gracious check | head`) closes the pipe: end quietly, as Unix tools do, rather
// than die with an EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

// process.exitCode (not process.exit) lets a large report finish flushing into a pipe before Node exits.
void main(process.argv.slice(2), process.cwd()).then((code) => {
  process.exitCode = code;
});
