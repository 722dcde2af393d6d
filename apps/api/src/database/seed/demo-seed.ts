import type { DataSource } from 'typeorm';
import { OrganizationEntity } from '../../modules/organizations/organization.entity';
import { seedDemoCampaigns } from './demo-campaigns';
import { seedDemoContacts } from './demo-contacts';
import { seedDemoEngagementHistory } from './demo-engagement';
import { seedDemoIssues } from './demo-issues';
import { seedDemoMeetings } from './demo-meetings';
import { generateDemoOrganizations } from './demo-organizations';
import { seedDemoOutreach } from './demo-outreach';
import { demoFaker } from './demo-random';
import { seedDemoUsers } from './demo-users';
import { DEFAULT_DEMO_PASSWORD } from '../../config/app-config';

export const DEMO_ORGANIZATION_COUNT = 160;
const BATCH = 500;

/**
 * Fills an empty database with the fictional demo coalition, in one transaction, so a
 * crash leaves the database empty (and the next start seeds again) rather than half-seeded.
 */
export async function seedDemoCoalition(
  dataSource: DataSource,
  log: (m: string) => void,
  demoPassword = DEFAULT_DEMO_PASSWORD,
): Promise<boolean> {
  const [{ present }] = await dataSource.query<{ present: boolean }[]>(
    'SELECT EXISTS (SELECT 1 FROM organization) AS present',
  );
  if (present) return false;
  const faker = demoFaker();
  const organizations = generateDemoOrganizations(faker, DEMO_ORGANIZATION_COUNT);
  log(`Seeding the demo coalition: ${organizations.length} member organizations…`);
  await dataSource.transaction(async (manager) => {
    for (let i = 0; i < organizations.length; i += BATCH) {
      await manager.insert(OrganizationEntity, organizations.slice(i, i + BATCH));
      log(`  organizations ${Math.min(i + BATCH, organizations.length)}/${organizations.length}`);
    }
    await seedDemoContacts(manager, log);
    const priorities = await seedDemoIssues(manager, log);
    await seedDemoCampaigns(manager, priorities, log);
    await seedDemoUsers(manager, demoPassword, log);
    await seedDemoOutreach(manager, priorities.issueIds, log);
    await seedDemoMeetings(manager, log);
  });
  // Fresh statistics: right after a bulk load the planner guesses badly (a segment count took
  // 1.3 s instead of 60 ms on PostgreSQL before autovacuum caught up).
  await dataSource.query('ANALYZE');
  await seedDemoEngagementHistory(dataSource, log);
  log('Demo coalition ready.');
  return true;
}
