import { DEMO_CONTACT_COUNT, seedDemoContacts } from '../src/database/seed/demo-contacts';
import { generateDemoOrganizations } from '../src/database/seed/demo-organizations';
import { demoFaker } from '../src/database/seed/demo-random';
import { DEMO_ORGANIZATION_COUNT } from '../src/database/seed/demo-seed';
import { OrganizationEntity } from '../src/modules/organizations/organization.entity';
import { startTestApp, type TestApp } from './test-app';

describe('the demo contacts in the database', () => {
  let t: TestApp;
  const lines: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    await t.dataSource.transaction(async (manager) => {
      await manager.insert(
        OrganizationEntity,
        generateDemoOrganizations(demoFaker(), DEMO_ORGANIZATION_COUNT),
      );
      await seedDemoContacts(manager, (line) => lines.push(line));
    });
  }, 120_000);
  afterAll(() => t.close());

  it('writes every contact in chunks, logging progress', async () => {
    expect(lines[0]).toMatch(/^Seeding 3000 contacts with \d+ affiliations/);
    expect(lines.slice(1)).toEqual([
      '  contacts 500/3000',
      '  contacts 1000/3000',
      '  contacts 1500/3000',
      '  contacts 2000/3000',
      '  contacts 2500/3000',
      '  contacts 3000/3000',
    ]);
    const list = await t.http().get('/api/contacts?pageSize=1').expect(200);
    expect(list.body.total).toBe(DEMO_CONTACT_COUNT);
  });

  it('answers filtered lists over the demo people', async () => {
    const [{ active }] = await t.dataSource.query<{ active: number }[]>(
      `SELECT count(*)::int AS active FROM organization WHERE membership_status = 'active'`,
    );
    const directors = await t
      .http()
      .get('/api/contacts?role=executive_director&pageSize=1')
      .expect(200);
    expect(directors.body.total).toBeGreaterThanOrEqual(active * 0.9);
    const haitian = await t
      .http()
      .get('/api/contacts?language=ht&consent=sms&hasPhone=true')
      .expect(200);
    expect(haitian.body.total).toBeGreaterThan(20);
    for (const item of haitian.body.items)
      expect(item).toMatchObject({
        languages: expect.arrayContaining(['ht']),
        consent: { sms: true },
      });
    const individuals = await t.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM contact c WHERE NOT EXISTS (SELECT 1 FROM affiliation a WHERE a.contact_id = c.id)',
    );
    expect(individuals[0].n / DEMO_CONTACT_COUNT).toBeGreaterThan(0.1);
  });

  it('lists the people of the biggest organization with their roles', async () => {
    const [{ id }] = await t.dataSource.query<{ id: string }[]>(
      `SELECT organization_id AS id FROM affiliation WHERE ended_on IS NULL GROUP BY organization_id ORDER BY count(*) DESC LIMIT 1`,
    );
    const people = await t.http().get(`/api/organizations/${id}/contacts?pageSize=100`).expect(200);
    expect(people.body.total).toBeGreaterThan(30);
    const roles = people.body.items.flatMap((p: { roles: { role: string }[] }) =>
      p.roles.map((r) => r.role),
    );
    expect(roles).toEqual(expect.arrayContaining(['executive_director', 'primary_contact']));
  });
});
