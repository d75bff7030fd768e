// Other prose checkers, run on the same inputs as Gracious: write-good (regexes over plain text), alex (unified:
// remark, retext) and harper.js (Rust compiled to WebAssembly). They are ES modules and dev dependencies used only
// here, loaded from node_modules at run time rather than bundled.
export interface Contender {
  readonly name: string;
  /** Checks `text` and returns how many problems it found, so that the work cannot be optimised away. */
  readonly check: (text: string) => Promise<number>;
}

type WriteGood = (text: string) => unknown[];
type Alex = { markdown: (text: string) => { messages: unknown[] } };
type Harper = {
  LocalLinter: new (init: { binary: unknown }) => { setup(): Promise<void>; lint(text: string, options: { language: 'markdown' }): Promise<unknown[]> };
};

export async function loadContenders(): Promise<Contender[]> {
  const writeGood = ((await import('write-good')) as { default: WriteGood }).default;
  const alex = (await import('alex')) as Alex;
  const harper = (await import('harper.js')) as unknown as Harper;
  const { binary } = (await import('harper.js/binary')) as { binary: unknown };
  const linter = new harper.LocalLinter({ binary });
  await linter.setup();
  return [
    { name: 'write-good 1.0', check: async (text) => writeGood(text).length },
    { name: 'alex 11', check: async (text) => alex.markdown(text).messages.length },
    { name: 'harper.js 2.10', check: async (text) => (await linter.lint(text, { language: 'markdown' })).length },
  ];
}
