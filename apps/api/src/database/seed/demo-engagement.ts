import type { DataSource } from 'typeorm';
import { DEFAULT_ENGAGEMENT_SETTINGS } from '@coalition/contracts';
import { ReportsRepository } from '../../modules/reports/reports.repository';

/** Month ends back from last month's: two years of history, as if scored daily all along. */
const HISTORY_MONTHS = 24;

/** The last day of each of the `HISTORY_MONTHS` months before the current one, oldest first. */
export async function demoHistoryDays(dataSource: DataSource): Promise<string[]> {
  const rows = await dataSource.query<{ day: string }[]>(
    `SELECT to_char(date_trunc('month', current_date) - make_interval(months => n) - interval '1 day', 'YYYY-MM-DD') AS day
       FROM generate_series(0, $1::int - 1) AS n ORDER BY day`,
    [HISTORY_MONTHS],
  );
  return rows.map((r) => r.day);
}

/**
 * Gives the demo the score history a coalition would have after two years of daily scoring,
 * so "drifting" and engagement over time have something to show on the first start. Only
 * organizations (the reports' members): each month end scored from what the tables say about
 * that day (docs/engagement.md, "History"). Today's scores come from the recompute at start.
 */
export async function seedDemoEngagementHistory(dataSource: DataSource, log: (m: string) => void): Promise<void> {
  const days = await demoHistoryDays(dataSource);
  const repository = new ReportsRepository(dataSource);
  await dataSource.transaction(async (manager) => {
    for (const [index, day] of days.entries()) {
      await repository.recordHistory(manager, 'organization', DEFAULT_ENGAGEMENT_SETTINGS, day);
      if ((index + 1) % 6 === 0 || index + 1 === days.length) log(`  engagement history ${index + 1}/${days.length} months`);
    }
  });
}
