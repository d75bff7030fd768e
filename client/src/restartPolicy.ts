// When the server process dies, start it again, but not forever: a server that keeps crashing stays down, and the
// person is told once that it was restarted and once that it was given up, never in a loop. Pure, so it is tested
// without an editor; serverErrors.ts adapts it to the language client.

/** Restarts allowed inside one window; one more crash inside it and the server stays down. */
export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;

export type CloseDecision =
  | { readonly restart: true; /** Tell the person, the first time only. */ readonly tell: boolean }
  | { readonly restart: false; readonly crashes: number };

export class RestartPolicy {
  private recent: number[] = [];
  private told = false;

  constructor(private readonly now: () => number = Date.now) {}

  /** The connection to the server closed without being asked to. */
  closed(): CloseDecision {
    const now = this.now();
    this.recent = this.recent.filter((time) => now - time < RESTART_WINDOW_MS);
    if (this.recent.length >= MAX_RESTARTS) return { restart: false, crashes: this.recent.length + 1 };
    this.recent.push(now);
    const tell = !this.told;
    this.told = true;
    return { restart: true, tell };
  }
}
