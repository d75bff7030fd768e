// The checking core's public surface, for the server, the CLI, the benchmarks and the tests.
export { check, checkDraft } from './check';
export { buildDraft, type Draft } from './draft';
export { selectDraft, type SelectionReason } from './selection';
export * from './types';
