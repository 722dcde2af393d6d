import type { FilterNodeInput, SegmentDetail, SegmentFilterInput, SegmentPreview } from '@coalition/contracts';
import { SegmentsService } from '../src/modules/segments/segments.service';
import { insertCampaigns, insertParticipations } from './factories/campaign.factory';
import { insertContacts } from './factories/contact.factory';
import { insertInterests, insertIssues } from './factories/issue.factory';
import { insertOrganizations } from './factories/organization.factory';
import { type Client, startTestApp, type TestApp } from './test-app';

const and = (...children: FilterNodeInput[]): SegmentFilterInput => ({ type: 'group', op: 'and', children });
const or = (...children: FilterNodeInput[]): SegmentFilterInput => ({ type: 'group', op: 'or', children });

/**
 * Eight organizations and eleven people, built by hand so each expected count below can be
 * worked out on paper. The membership pairs (docs/segments.md) are:
 *   (O1,C1) (O1,C2) (O1,C11) (O2,C3) (O2,C4) (O3,C5) (O4,C6) (O5,C11) (O6,C10)
 *   (O8,—) no contact; (—,C7) their only organization O7 is archived; (—,C9) affiliated nowhere.
 * C8 is archived; C10's affiliation with O2 has ended.
 */
async function seedFixture(t: TestApp) {
  const [coverAllKids, safeCommunities] = await insertIssues(
    t.dataSource,
    { title: 'Cover All Kids', tier: 2 },
    { title: 'Safe Communities Act', tier: 1 },
  );
  const [o1, o2, o3, o4, o5, o6, o7] = await insertOrganizations(
    t.dataSource,
    { name: 'Bluebird Health Center', kind: 'health_center', city: 'Worcester', annualDuesCents: 50000, duesPaidThrough: '2099-12-31', tags: ['clinic'] },
    { name: 'Casa Hampden Collective', kind: 'community_group', city: 'Springfield', annualDuesCents: 20000, duesPaidThrough: '2020-01-01' },
    { name: 'Holyoke Family Clinic', kind: 'health_center', city: 'Holyoke' },
    { name: 'Lapsed Health Center', kind: 'health_center', city: 'Worcester', membershipStatus: 'lapsed' },
    { name: 'Fitchburg Adult School', kind: 'school', city: 'Fitchburg' },
    { name: 'Boston Neighbors United', kind: 'community_group', city: 'Boston' },
    { name: 'Archived Health Center', kind: 'health_center', city: 'Worcester', archivedAt: new Date('2025-01-01') },
    { name: 'Worcester Quiet Clinic', kind: 'health_center', city: 'Worcester' },
  );
  await insertInterests(
    t.dataSource,
    { organizationId: o1.id, issueId: coverAllKids.id, level: 'leading' },
    { organizationId: o1.id, issueId: safeCommunities.id, level: 'active' },
    { organizationId: o2.id, issueId: coverAllKids.id, level: 'active' },
    { organizationId: o3.id, issueId: coverAllKids.id, level: 'interested' },
    { organizationId: o4.id, issueId: coverAllKids.id, level: 'leading' },
    { organizationId: o5.id, issueId: coverAllKids.id, level: 'leading' },
    { organizationId: o6.id, issueId: coverAllKids.id, level: 'leading' },
    { organizationId: o7.id, issueId: coverAllKids.id, level: 'active' },
  );
  const [newAmericansVote] = await insertCampaigns(t.dataSource, { name: 'New Americans Vote' });
  await insertParticipations(
    t.dataSource,
    { campaignId: newAmericansVote.id, organizationId: o5.id, role: 'lead_partner' },
    { campaignId: newAmericansVote.id, organizationId: o6.id, role: 'participant' },
  );
  const phoneOk = { consentPhoneGranted: true, phones: [{ number: '508-555-0100' }] };
  await insertContacts(
    t.dataSource,
    { firstName: 'Ana', lastName: 'Alves', languages: ['es'], ...phoneOk, emails: [{ address: 'ana@example.org' }], affiliations: [{ organizationId: o1.id, role: 'executive_director' }] },
    { firstName: 'Paulo', lastName: 'Souza', languages: ['pt'], emails: [{ address: 'paulo@example.org' }], affiliations: [{ organizationId: o1.id, role: 'staff' }] },
    { firstName: 'Beatriz', lastName: 'Costa', languages: ['pt'], ...phoneOk, affiliations: [{ organizationId: o2.id, role: 'staff' }] },
    { firstName: 'Ed', lastName: 'Brown', languages: ['en'], ...phoneOk, affiliations: [{ organizationId: o2.id, role: 'board' }] },
    { firstName: 'Elena', lastName: 'Ruiz', languages: ['es'], ...phoneOk, affiliations: [{ organizationId: o3.id, role: 'staff' }] },
    { firstName: 'Rosa', lastName: 'Lopez', languages: ['es'], ...phoneOk, affiliations: [{ organizationId: o4.id, role: 'staff' }] },
    { firstName: 'Inés', lastName: 'Mora', languages: ['es'], ...phoneOk, affiliations: [{ organizationId: o7.id, role: 'staff' }] },
    { firstName: 'Gone', lastName: 'Archived', languages: ['es'], ...phoneOk, archivedAt: new Date('2025-01-01'), affiliations: [{ organizationId: o1.id, role: 'staff' }] },
    { firstName: 'Luz', lastName: 'Vega', languages: ['es'], ...phoneOk },
    { firstName: 'Tomás', lastName: 'Reyes', languages: ['es'], ...phoneOk, affiliations: [{ organizationId: o2.id, role: 'board', endedOn: '2024-01-01' }, { organizationId: o6.id, role: 'member' }] },
    { firstName: 'Carmen', lastName: 'Diaz', languages: ['es'], ...phoneOk, affiliations: [{ organizationId: o5.id, role: 'volunteer' }, { organizationId: o1.id, role: 'board' }] },
  );
  return { coverAllKids, safeCommunities, newAmericansVote };
}

describe('segments', () => {
  let t: TestApp;
  let organizer: Client;
  let fixture: Awaited<ReturnType<typeof seedFixture>>;

  beforeAll(async () => {
    t = await startTestApp();
    fixture = await seedFixture(t);
    organizer = await t.as('organizer');
  });
  afterAll(() => t.close());

  async function preview(filter: SegmentFilterInput): Promise<SegmentPreview> {
    const res = await organizer.post('/api/segments/preview').send({ filter });
    expect(res.status).toBe(200);
    return res.body as SegmentPreview;
  }

  async function counts(filter: SegmentFilterInput): Promise<[number, number]> {
    const body = await preview(filter);
    return [body.organizations.total, body.contacts.total];
  }

  const organizersExample = () =>
    and(
      { type: 'condition', field: 'organization.kind', values: ['health_center', 'community_group'] },
      { type: 'condition', field: 'organization.status', values: ['active'] },
      { type: 'condition', field: 'organization.county', values: ['Worcester', 'Hampden'] },
      { type: 'condition', field: 'organization.interest', issueIds: [fixture.coverAllKids.id], minLevel: 'active' },
      { type: 'condition', field: 'contact.language', values: ['es', 'pt'] },
      { type: 'condition', field: 'contact.consent', channels: ['phone'] },
    );

  describe('preview', () => {
    it("selects the organizers' example: the organizations with such a contact, and those contacts", async () => {
      // (O1,C1) (O1,C11) (O2,C3) qualify. Not: C2 (no phone consent), C4 (English), O3 (only
      // interested), O4 (lapsed), O5 (school), O6 (Suffolk), O7 and C8 (archived), O8 (no contact).
      const body = await preview(organizersExample());
      expect(body.organizations.items.map((o) => o.name)).toEqual(['Bluebird Health Center', 'Casa Hampden Collective']);
      expect(body.organizations.total).toBe(2);
      expect(body.contacts.items.map((c) => c.displayName)).toEqual(['Ana Alves', 'Beatriz Costa', 'Carmen Diaz']);
      expect(body.contacts.total).toBe(3);
      expect(body.contacts.items[0]).toMatchObject({
        primaryEmail: 'ana@example.org',
        organizations: [{ organizationName: 'Bluebird Health Center', role: 'executive_director' }],
        consent: { phone: true },
      });
    });

    it('counts organizations without contacts on organization-only trees, never archived ones', async () => {
      // O1 and O8 (no contact); O4 is lapsed, O7 archived. Contacts of O1: C1, C2, C11 (C8 archived).
      const worcesterClinics = and(
        { type: 'condition', field: 'organization.kind', values: ['health_center'] },
        { type: 'condition', field: 'organization.status', values: ['active'] },
        { type: 'condition', field: 'organization.county', values: ['Worcester'] },
      );
      expect(await counts(worcesterClinics)).toEqual([2, 3]);
    });

    it('counts people affiliated nowhere on contact-only trees, and ignores ended affiliations', async () => {
      // C1 C5 C6 C7 C9 C10 C11 speak Spanish (C8 is archived). Their organizations: O1 O3 O4 O6 O5;
      // C7 and C9 have none, and C10's ended affiliation does not bring O2.
      expect(await counts(and({ type: 'condition', field: 'contact.language', values: ['es'] }))).toEqual([5, 7]);
    });

    it('takes an OR of an organization and a contact condition pair by pair', async () => {
      // School: (O5,C11). Portuguese: (O1,C2), (O2,C3).
      expect(
        await counts(
          or(
            { type: 'condition', field: 'organization.kind', values: ['school'] },
            { type: 'condition', field: 'contact.language', values: ['pt'] },
          ),
        ),
      ).toEqual([3, 3]);
    });

    it('tells interest in all issues from interest in any of them', async () => {
      const interest = (match: 'any' | 'all') =>
        and({
          type: 'condition',
          field: 'organization.interest',
          issueIds: [fixture.coverAllKids.id, fixture.safeCommunities.id],
          match,
          minLevel: 'active',
        });
      // All: O1 only (C1 C2 C11). Any: O1 O2 O4 O5 O6 (O3 is only interested, O7 archived).
      expect(await counts(interest('all'))).toEqual([1, 3]);
      expect(await counts(interest('any'))).toEqual([5, 7]);
    });

    it('evaluates nested groups', async () => {
      // Hampden pairs: (O2,C3) (O2,C4) (O3,C5). C4 is on O2's board; C3 has no email and O2's
      // dues are overdue; C5 has no email but O3 owes no dues.
      const tree = and(
        { type: 'condition', field: 'organization.county', values: ['Hampden'] },
        or(
          { type: 'condition', field: 'contact.role', values: ['board'] },
          and(
            { type: 'condition', field: 'contact.hasEmail', value: false },
            { type: 'condition', field: 'organization.dues', values: ['overdue'] },
          ),
        ),
      );
      expect(await counts(tree)).toEqual([1, 2]);
    });

    it('filters on campaign role, issue tier and dues', async () => {
      const campaign = (roles?: ['lead_partner']) =>
        and({ type: 'condition', field: 'organization.campaign', campaignIds: [fixture.newAmericansVote.id], roles });
      expect(await counts(campaign(['lead_partner']))).toEqual([1, 1]); // O5 (C11)
      expect(await counts(campaign())).toEqual([2, 2]); // O5 O6 (C11 C10)
      expect(await counts(and({ type: 'condition', field: 'organization.issueTier', tiers: [1], minLevel: 'active' }))).toEqual([1, 3]);
      expect(await counts(and({ type: 'condition', field: 'organization.dues', values: ['current'] }))).toEqual([1, 3]);
    });

    it('keeps injection attempts as plain values', async () => {
      const attack = "'); DROP TABLE contact; --";
      expect(await counts(and({ type: 'condition', field: 'contact.tag', values: [attack] }))).toEqual([0, 0]);
      expect(await counts(and({ type: 'condition', field: 'contact.language', values: ['es'] }))).toEqual([5, 7]);
    });

    it('answers 400 naming the bad node', async () => {
      const tree = and(
        { type: 'condition', field: 'organization.status', values: ['active'] },
        or({ type: 'condition', field: 'organization.interest', issueIds: [fixture.coverAllKids.id], minLevel: 'very' as 'active' }),
      );
      const res = await organizer.post('/api/segments/preview').send({ filter: tree });
      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual([{ path: 'filter.children.1.children.0.minLevel', message: 'must be one of: interested, active, leading' }]);
    });

    it.each(['viewer', 'staff'] as const)('refuses the %s role', async (role) => {
      const client = await t.as(role);
      expect((await client.post('/api/segments/preview').send({ filter: organizersExample() })).status).toBe(403);
      expect((await client.get('/api/segments')).status).toBe(403);
    });
  });

  describe('saved segments', () => {
    let other: Client;
    beforeAll(async () => {
      await t.createUser('organizer', 'second.organizer@test.example.org');
      other = await t.signIn('second.organizer@test.example.org');
    });

    async function save(name: string, shared = false): Promise<SegmentDetail> {
      const res = await organizer.post('/api/segments').send({ name, filter: organizersExample(), shared });
      expect(res.status).toBe(201);
      return res.body as SegmentDetail;
    }

    it("saves a segment with today's counts and lists its results live", async () => {
      const saved = await save('Cover All Kids callers');
      expect(saved.counts).toEqual({ organizations: 2, contacts: 3 });
      expect(saved.history).toEqual([{ countedOn: expect.any(String), organizations: 2, contacts: 3 }]);
      const contacts = await organizer.get(`/api/segments/${saved.id}/contacts?pageSize=2`);
      expect(contacts.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
      expect(contacts.body.items).toHaveLength(2);
      const organizations = await organizer.get(`/api/segments/${saved.id}/organizations`);
      expect(organizations.body.items.map((o: { name: string }) => o.name)).toEqual(['Bluebird Health Center', 'Casa Hampden Collective']);
      await expect(t.app.get(SegmentsService).recordDailyCounts()).resolves.toBeGreaterThanOrEqual(1);
      const again = await organizer.get(`/api/segments/${saved.id}`);
      expect(again.body.history).toHaveLength(1);
    });

    it("hides a private segment from another organizer (404) and shows a shared one, read-only", async () => {
      const mine = await save('Private list');
      expect((await other.get(`/api/segments/${mine.id}`)).status).toBe(404);
      expect((await other.get(`/api/segments/${mine.id}/contacts`)).status).toBe(404);
      const list = await other.get('/api/segments');
      expect(list.body.items.map((s: { name: string }) => s.name)).not.toContain('Private list');

      const shared = await save('Shared list', true);
      const seen = await other.get('/api/segments');
      expect(seen.body.items).toContainEqual(expect.objectContaining({ name: 'Shared list', counts: { organizations: 2, contacts: 3 } }));
      expect((await other.patch(`/api/segments/${shared.id}`).send({ version: shared.version, name: 'Mine now' })).status).toBe(403);
    });

    it('answers 409 to a stale version and to a name the owner already uses', async () => {
      const saved = await save('Versioned list');
      const first = await organizer.patch(`/api/segments/${saved.id}`).send({ version: saved.version, description: 'Fall drive' });
      expect(first.status).toBe(200);
      const stale = await organizer.patch(`/api/segments/${saved.id}`).send({ version: saved.version, description: 'Too late' });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('segment_version_conflict');
      expect(stale.body.current.description).toBe('Fall drive');
      const clash = await organizer.post('/api/segments').send({ name: 'versioned LIST', filter: organizersExample() });
      expect(clash.status).toBe(409);
      expect(clash.body.fields).toEqual([{ path: 'name', message: 'is already the name of one of your segments' }]);
    });

    it('archives and restores a segment', async () => {
      const saved = await save('Seasonal list');
      const archived = await organizer.post(`/api/segments/${saved.id}/archive`).send({ version: saved.version });
      expect(archived.body.archivedAt).not.toBeNull();
      const current = await organizer.get('/api/segments?q=seasonal');
      expect(current.body.total).toBe(0);
      const inArchive = await organizer.get('/api/segments?q=seasonal&archived=true');
      expect(inArchive.body.total).toBe(1);
      const restored = await organizer.post(`/api/segments/${saved.id}/restore`).send({ version: archived.body.version });
      expect(restored.body.archivedAt).toBeNull();
    });
  });
});
