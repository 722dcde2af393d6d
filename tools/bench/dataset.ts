/**
 * Fills the fresh benchmark database: the API's migrations, then the demo seed itself (small)
 * or the scaled-up generators (large), today's engagement scores (what the API computes at
 * start), one saved segment of every contact for the export, and fresh planner statistics.
 */
import { segmentFilterSchema } from '@coalition/contracts';
import { seedDemoCoalition } from '../../apps/api/src/database/seed/demo-seed';
import { ReportsService } from '../../apps/api/src/modules/reports/reports.service';
import type { BenchDatabase } from './database';
import { loadLargeDataset } from './dataset-large';
import type { AppContext } from './floor';
import type { Scale } from './options';
import { progress } from './progress';

export const EXPORT_SEGMENT_NAME = 'Benchmark: every contact';

/** Selects every pair with a contact: each current person once, whatever their organization. */
export const EVERY_CONTACT = segmentFilterSchema.parse({
  type: 'group',
  op: 'or',
  children: [
    { type: 'condition', field: 'contact.hasEmail', value: true },
    { type: 'condition', field: 'contact.hasEmail', value: false },
  ],
});

export interface DatasetCounts {
  [table: string]: number;
}

const COUNTED = [
  'organization',
  'contact',
  'affiliation',
  'issue',
  'campaign',
  'meeting',
  'attendance',
  'outreach_attempt',
  'engagement_score_daily',
];

export async function migrate(db: BenchDatabase): Promise<void> {
  const applied = await db.connection.dataSource.runMigrations({ transaction: 'each' });
  progress(`migrations: ${applied.length} applied`);
}

export async function loadDataset(
  db: BenchDatabase,
  scale: Scale,
  fraction: number,
): Promise<void> {
  const started = Date.now();
  if (scale === 'small') await seedDemoCoalition(db.connection.dataSource, (m) => progress(m));
  else await loadLargeDataset(db.connection.dataSource, fraction);
  progress(`dataset loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** What the API does at start (scores) and what the export scenario needs (its segment). */
export async function finishDataset(
  db: BenchDatabase,
  context: AppContext,
): Promise<DatasetCounts> {
  const dataSource = db.connection.dataSource;
  const started = Date.now();
  const scored = await context.app.get(ReportsService).recompute();
  progress(
    `engagement scores: ${scored.organizations} organizations, ${scored.contacts} contacts in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  await dataSource.query(
    `INSERT INTO segment (name, description, filter, owner_user_id, shared)
     SELECT $1, 'Every current contact: the export scenario of npm run bench.', $2, id, true FROM app_user WHERE email = 'organizer@example.org'`,
    [EXPORT_SEGMENT_NAME, JSON.stringify(EVERY_CONTACT)],
  );
  // What autovacuum does on a live server (this machine's has it off): statistics, and the
  // visibility map without which no index-only scan is possible on freshly written tables.
  progress('VACUUM (ANALYZE)…');
  await dataSource.query('VACUUM (ANALYZE)');
  const counts: DatasetCounts = {};
  for (const table of COUNTED) {
    const [{ n }] = await dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM ${table}`);
    counts[table] = Number(n);
  }
  progress(
    `rows: ${Object.entries(counts)
      .map(([t, n]) => `${t} ${n.toLocaleString('en-US')}`)
      .join(', ')}`,
  );
  return counts;
}
