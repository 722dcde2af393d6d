/** Times the read scenarios: their SQL floor (in this process) and then through the API. */
import type { RawSql } from './database';
import {
  type AppContext,
  type FloorResult,
  type Statement,
  captureStatements,
  timeStatements,
} from './floor';
import { summarize, timeRuns } from './measure';
import { progress } from './progress';
import type { ScenarioResult } from './report';
import type { Scenario } from './scenarios';
import type { ApiSession } from './session';

/** The statements of each of the scenario's inputs, as the API's controllers send them for the organizer. */
export async function recordScenario(
  context: AppContext,
  scenario: Scenario,
): Promise<Statement[][]> {
  const variants: Statement[][] = [];
  for (let v = 0; v < scenario.variants; v++) {
    variants.push(
      await captureStatements(() => context.as('organizer', () => scenario.floor(context, v))),
    );
  }
  return variants;
}

export async function measureFloors(
  context: AppContext,
  raw: RawSql,
  scenarios: Scenario[],
  count: number,
  warmup: number,
): Promise<FloorResult[]> {
  const floors: FloorResult[] = [];
  for (const scenario of scenarios) {
    const floor = await timeStatements(raw, await recordScenario(context, scenario), count, warmup);
    progress(
      `floor: ${scenario.name}: p50 ${floor.latency.p50} ms (${floor.statements} statements)`,
    );
    floors.push(floor);
  }
  return floors;
}

export async function measureApi(
  session: ApiSession,
  scenarios: Scenario[],
  floors: FloorResult[],
  count: number,
  warmup: number,
): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const [n, scenario] of scenarios.entries()) {
    const samples = await timeRuns(count, warmup, async (i) => {
      const answers = await Promise.all(scenario.http(i).map((call) => session.request(call)));
      const failed = answers.find((a) => a.status < 200 || a.status >= 300);
      if (failed)
        throw new Error(
          `${scenario.name} answered ${failed.status}: ${failed.body.toString().slice(0, 300)}`,
        );
    });
    const floor = floors[n];
    const api = summarize(samples);
    const times = floor
      ? ` (floor ${floor.latency.p50} ms, ${(api.p50 / floor.latency.p50).toFixed(2)}×)`
      : '';
    progress(`api: ${scenario.name}: p50 ${api.p50} ms, p95 ${api.p95}, p99 ${api.p99}${times}`);
    results.push({
      group: scenario.group,
      name: scenario.name,
      route: scenario.route,
      api,
      floor: floor?.latency,
      statements: floor?.statements,
      target: scenario.target,
    });
  }
  return results;
}
