// `gracious`: the command-line entry. Everything lives in ./cli; this file only hands over the process.
// process.exitCode (not process.exit) lets a large report finish flushing into a pipe before Node exits.
import { main } from './cli/main';

void main(process.argv.slice(2), process.cwd()).then((code) => {
  process.exitCode = code;
});
