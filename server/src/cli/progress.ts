// A progress bar for long runs, on stderr and only when stderr is a terminal: a pipe, a file or CI gets nothing, so
// what they capture is the same however long the run took. Redrawn at most every REDRAW_MS, and wiped before any
// other line is written to stderr and at the end.
const REDRAW_MS = 100;
const BAR_WIDTH = 30;

export interface Progress {
  /** `done` of `total` inputs finished. */
  update(done: number): void;
  /** Writes a line to stderr without tearing the bar. */
  writeLine(line: string): void;
  finish(): void;
}

export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

export function progressBar(total: number, stream: ProgressStream, now: () => number = Date.now): Progress {
  if (!stream.isTTY) {
    return { update() {}, writeLine: (line) => void stream.write(line), finish() {} };
  }
  let shown = false;
  let lastDraw = -Infinity;
  const wipe = (): void => {
    if (shown) stream.write('\r\x1b[K');
    shown = false;
  };
  const draw = (done: number): void => {
    const filled = total === 0 ? BAR_WIDTH : Math.round((BAR_WIDTH * done) / total);
    const line = `checking [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total}`;
    stream.write(`\r${line.slice(0, Math.max(10, (stream.columns ?? 80) - 1))}\x1b[K`);
    shown = true;
    lastDraw = now();
  };
  let current = 0;
  return {
    update(done) {
      current = done;
      if (now() - lastDraw >= REDRAW_MS) draw(done);
    },
    writeLine(line) {
      const redraw = shown;
      wipe();
      stream.write(line);
      if (redraw) draw(current);
    },
    finish: wipe,
  };
}
