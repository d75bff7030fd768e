// Messages about the run itself (config problems, skipped files, unreadable input). They go to stderr so that
// stdout stays a clean report a program can parse; a failure also turns the exit code into 2.
// The methods are arrow properties so they can be handed to helpers as plain callbacks.

/** Where a step of the run reports what went wrong: Notices itself, or a list a worker thread sends back. */
export interface NoticeSink {
  readonly warn: (message: string) => void;
  readonly fail: (message: string) => void;
}

export interface Notice {
  readonly kind: keyof NoticeSink;
  readonly message: string;
}

/** A sink that keeps the notices, to be replayed in input order whichever thread read the input. */
export function noticeList(): { readonly sink: NoticeSink; readonly notices: Notice[] } {
  const notices: Notice[] = [];
  return {
    notices,
    sink: { warn: (message) => notices.push({ kind: 'warn', message }), fail: (message) => notices.push({ kind: 'fail', message }) },
  };
}

export class Notices implements NoticeSink {
  private failures = 0;

  /** `write` is stderr unless a progress bar has to be wiped around each line. */
  constructor(private readonly write: (line: string) => void = (line) => void process.stderr.write(line)) {}

  get failed(): boolean {
    return this.failures > 0;
  }

  /** Worth knowing, but the run is still trustworthy. */
  readonly warn = (message: string): void => {
    this.write(`gracious: ${message}\n`);
  };

  /** The run cannot be trusted to have checked what was asked. */
  readonly fail = (message: string): void => {
    this.failures++;
    this.write(`gracious: error: ${message}\n`);
  };
}
