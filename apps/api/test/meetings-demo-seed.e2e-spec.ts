import { seedDemoCoalition } from '../src/database/seed/demo-seed';
import { startTestApp, type TestApp } from './test-app';

describe('the demo meetings in the database', () => {
  let t: TestApp;
  const lines: string[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoCoalition(t.dataSource, (line) => lines.push(line));
  }, 120_000);
  afterAll(() => t.close());

  it('holds two years of meetings with attendance following engagement, and open action items', async () => {
    const [row] = await t.dataSource.query<{ meetings: number; attendance: number; open: number; overdue: number; last: string }[]>(`
      SELECT (SELECT count(*)::int FROM meeting) AS meetings, (SELECT count(*)::int FROM attendance) AS attendance,
             (SELECT count(*)::int FROM action_item WHERE done_at IS NULL) AS open,
             (SELECT count(*)::int FROM action_item WHERE done_at IS NULL AND due_on < '2026-10-31') AS overdue,
             (SELECT to_char(max(starts_at), 'YYYY-MM-DD') FROM meeting) AS last`);
    expect(row.meetings).toBeGreaterThanOrEqual(60);
    expect(row.attendance).toBeGreaterThan(1000);
    expect(row.open).toBe(8);
    expect(row.overdue).toBeGreaterThan(0);
    expect(row.last <= '2026-10-31').toBe(true);
    const list = await t.http().get('/api/meetings?type=general_assembly&pageSize=1');
    expect(list.body.items[0].counts.organizations).toBeGreaterThan(5);
  });
});
