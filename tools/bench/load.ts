/**
 * Throughput: `connections` keep-alive connections sending one request after another for a
 * fixed time (what autocannon does; it is not a dependency of the project), after a short
 * untimed warm-up. Answers requests per second and the latency percentiles.
 */
import { type Latency, summarize } from './measure';
import type { ApiSession, HttpCall } from './session';

export interface LoadResult {
  requestsPerSecond: number;
  requests: number;
  errors: number;
  latency: Latency;
}

async function hammer(
  session: ApiSession,
  call: HttpCall,
  connections: number,
  ms: number,
  samples?: number[],
): Promise<number> {
  const end = Date.now() + ms;
  let errors = 0;
  const worker = async () => {
    while (Date.now() < end) {
      const answer = await session.request(call).catch(() => undefined);
      if (!answer || answer.status >= 400) errors++;
      else samples?.push(answer.ms);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return errors;
}

export async function runLoad(
  session: ApiSession,
  call: HttpCall,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const client = session.fork(connections);
  try {
    await hammer(client, call, connections, Math.min(2_000, seconds * 200));
    const samples: number[] = [];
    const started = Date.now();
    const errors = await hammer(client, call, connections, seconds * 1_000, samples);
    const elapsed = (Date.now() - started) / 1_000;
    return {
      requestsPerSecond: Math.round(samples.length / elapsed),
      requests: samples.length,
      errors,
      latency: summarize(samples),
    };
  } finally {
    client.close();
  }
}
