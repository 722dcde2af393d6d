/** Latency samples and the percentiles every table shows. */

export interface Latency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

/** Nearest-rank percentile of sorted samples (ms). */
function rank(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export function summarize(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, v) => sum + v, 0) / (sorted.length || 1);
  return {
    count: sorted.length,
    p50: round(rank(sorted, 50)),
    p95: round(rank(sorted, 95)),
    p99: round(rank(sorted, 99)),
    mean: round(mean),
    max: round(sorted[sorted.length - 1] ?? NaN),
  };
}

export function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * A scenario's time budget: a slow one (seconds per call) stops after this long with what it
 * has (at least three timed calls), so one pathological query cannot hold the run for hours.
 * The tables show how many calls were timed.
 */
const BUDGET_MS = 60_000;
const WARMUP_BUDGET_MS = 15_000;
const MIN_SAMPLES = 3;

/**
 * Runs `warmup` untimed then `count` timed calls, one after the other; `run(i)` gets the call's
 * index so inputs can rotate (the prefixes of a search as it is typed).
 */
export async function timeRuns(
  count: number,
  warmup: number,
  run: (i: number) => Promise<void>,
): Promise<number[]> {
  const warming = process.hrtime.bigint();
  for (let i = 0; i < warmup && elapsedMs(warming) < WARMUP_BUDGET_MS; i++) await run(i);
  const samples: number[] = [];
  const started = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    if (samples.length >= MIN_SAMPLES && elapsedMs(started) > BUDGET_MS) break;
    const start = process.hrtime.bigint();
    await run(i);
    samples.push(elapsedMs(start));
  }
  return samples;
}
