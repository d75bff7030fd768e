// Imported first by every entry point (language server, CLI, CLI worker), before any pattern has run.
//
// V8 runs a regular expression in its bytecode interpreter first and compiles it to machine code only once it is
// used again. The cue lists are large alternations: interpreting, then compiling, each of them on the first draft
// took ~75 ms of the ~100 ms first check, most of a cold start. Compiling straight to machine code does the work
// once (the first check takes ~25 ms) and leaves later checks as fast as before.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
