// Messages about the run itself (config problems, skipped files, unreadable input). They go to stderr so that
// stdout stays a clean report a program can parse; a failure also turns the exit code into 2.
// The methods are arrow properties so they can be handed to helpers as plain callbacks.
export class Notices {
  private failures = 0;

  get failed(): boolean {
    return this.failures > 0;
  }

  /** Worth knowing, but the run is still trustworthy. */
  readonly warn = (message: string): void => {
    process.stderr.write(`gracious: ${message}\n`);
  };

  /** The run cannot be trusted to have checked what was asked. */
  readonly fail = (message: string): void => {
    this.failures++;
    process.stderr.write(`gracious: error: ${message}\n`);
  };
}
