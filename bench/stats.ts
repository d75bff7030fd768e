// Timing: every figure is taken after warm-up runs and summarised as a median (and a 95th percentile where the
// tail matters), never as a single run.
export interface Summary {
  readonly median: number;
  readonly p95: number;
  readonly runs: number;
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), runs: sorted.length };
}

/** Milliseconds per call of `run`, after `warmup` untimed calls. */
export function timeSync(run: () => unknown, warmup: number, runs: number): Summary {
  for (let i = 0; i < warmup; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

export async function timeAsync(run: () => Promise<unknown>, warmup: number, runs: number): Promise<Summary> {
  for (let i = 0; i < warmup; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}
