import { parse } from 'csv-parse/sync';
import { insertInterests, insertIssues } from './factories/issue.factory';
import { insertOrganizations } from './factories/organization.factory';
import { startTestApp, type TestApp } from './test-app';

/** supertest buffers a text/csv body into `text`. */
function rowsOf(text: string): Record<string, string>[] {
  return parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { columns: true });
}

describe('GET /api/organizations/export', () => {
  let t: TestApp;
  let issueId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const orgs = await insertOrganizations(
      t.dataSource,
      { name: 'Associação Cabo-Verdiana de Brockton', city: 'Brockton', kind: 'ethnic_association', languages: ['kea', 'pt'], annualDuesCents: 25000, tags: ['esol'] },
      { name: '=HYPERLINK("http://evil.example","click")', city: 'Boston' },
      { name: 'Worcester Refugee Health Clinic', city: 'Worcester', kind: 'health_center' },
      { name: 'Gone Away Collective', city: 'Salem', archivedAt: new Date() },
    );
    ({ 0: { id: issueId } } = await insertIssues(t.dataSource, { title: 'Cover All Kids' }));
    await insertInterests(t.dataSource, { organizationId: orgs[0].id, issueId, level: 'leading' });
  });
  afterAll(() => t.close());

  it('downloads every organization the list would show, as a CSV a spreadsheet reads right', async () => {
    const organizer = await t.as('organizer');
    const res = await organizer.get('/api/organizations/export?sort=name').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="organizations-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.text.startsWith('\uFEFF')).toBe(true);
    const rows = rowsOf(res.text);
    expect(rows.map((r) => r.Name)).toEqual([
      `'=HYPERLINK("http://evil.example","click")`,
      'Associação Cabo-Verdiana de Brockton',
      'Worcester Refugee Health Clinic',
    ]);
    expect(rows[1]).toMatchObject({
      Kind: 'Ethnic association',
      'City or town': 'Brockton',
      County: 'Plymouth',
      'Languages served': 'Cape Verdean Creole; Portuguese',
      'Annual dues (USD)': '250.00',
      Tags: 'esol',
    });
  });

  it('applies the list filters, including issue interest', async () => {
    const res = await t.http().get(`/api/organizations/export?issueId=${issueId}&minLevel=active`).expect(200);
    expect(rowsOf(res.text).map((r) => r.Name)).toEqual(['Associação Cabo-Verdiana de Brockton']);
  });

  it('records the export, its filter and row count in the audit trail', async () => {
    await t.http().get('/api/organizations/export?county=Worcester').expect(200);
    const audit = await t.http().get('/api/audit?action=export&entityType=organization').expect(200);
    expect(audit.body.items[0]).toMatchObject({
      action: 'export',
      actor: { email: 'admin@test.example.org' },
      details: { format: 'csv', rows: 1, filter: { county: ['Worcester'] } },
    });
  });

  it('refuses a viewer and staff, and a bad filter with a 400 naming it', async () => {
    await (await t.as('viewer')).get('/api/organizations/export').expect(403);
    await (await t.as('staff')).get('/api/organizations/export').expect(403);
    const bad = await t.http().get('/api/organizations/export?kind=castle').expect(400);
    expect(bad.body.fields[0].path).toBe('kind');
  });
});
