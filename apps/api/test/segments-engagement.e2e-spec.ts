import type { EngagementBand, EngagementSubjectType, FilterNodeInput, SegmentFilterInput, SegmentPreview } from '@coalition/contracts';
import { insertContacts } from './factories/contact.factory';
import { insertOrganizations } from './factories/organization.factory';
import { type Client, startTestApp, type TestApp } from './test-app';

const and = (...children: FilterNodeInput[]): SegmentFilterInput => ({ type: 'group', op: 'and', children });
const organizationBand = (...values: EngagementBand[]): FilterNodeInput => ({ type: 'condition', field: 'organization.engagementBand', values });
const contactBand = (...values: EngagementBand[]): FilterNodeInput => ({ type: 'condition', field: 'contact.engagementBand', values });

/**
 * Five organizations and six people, with bands set directly in engagement_score (the scoring
 * itself is tested in the reports e2e; here only the band matters). Pairs:
 * (A,a1) (A,a2) (B,b1) (C,c1) (D,—) (E,e1) (—,solo).
 *   Organizations: A core, B active, C occasional, D dormant, E not scored yet.
 *   People: a1 core, solo core, c1 active, e1 occasional, b1 dormant, a2 not scored yet.
 */
async function seedFixture(t: TestApp) {
  const [a, b, c, d, e] = await insertOrganizations(
    t.dataSource,
    { name: 'Alpha Health Center' },
    { name: 'Bravo Collective' },
    { name: 'Charlie Adult School' },
    { name: 'Delta Tenants Union' },
    { name: 'Echo Food Pantry' },
  );
  const member = (organizationId: string) => [{ organizationId, role: 'staff' as const }];
  const [a1, , b1, c1, e1, solo] = await insertContacts(
    t.dataSource,
    { firstName: 'Ana', lastName: 'Alves', affiliations: member(a.id) },
    { firstName: 'Abel', lastName: 'Alves', affiliations: member(a.id) },
    { firstName: 'Bia', lastName: 'Borges', affiliations: member(b.id) },
    { firstName: 'Caio', lastName: 'Costa', affiliations: member(c.id) },
    { firstName: 'Edu', lastName: 'Esteves', affiliations: member(e.id) },
    { firstName: 'Sol', lastName: 'Silva' },
  );
  const scores: [EngagementSubjectType, string, EngagementBand][] = [
    ['organization', a.id, 'core'],
    ['organization', b.id, 'active'],
    ['organization', c.id, 'occasional'],
    ['organization', d.id, 'dormant'],
    ['contact', a1.id, 'core'],
    ['contact', solo.id, 'core'],
    ['contact', c1.id, 'active'],
    ['contact', e1.id, 'occasional'],
    ['contact', b1.id, 'dormant'],
  ];
  for (const [subjectType, subjectId, band] of scores) {
    await t.dataSource.query(
      `INSERT INTO engagement_score (subject_type, subject_id, score, band, components, computed_at)
       VALUES ($1, $2, 0, $3, '{}'::jsonb, now())`,
      [subjectType, subjectId, band],
    );
  }
}

describe('segments: engagement band', () => {
  let t: TestApp;
  let organizer: Client;

  beforeAll(async () => {
    t = await startTestApp();
    await seedFixture(t);
    organizer = await t.as('organizer');
  });
  afterAll(() => t.close());

  async function preview(filter: SegmentFilterInput): Promise<SegmentPreview> {
    const res = await organizer.post('/api/segments/preview').send({ filter });
    expect(res.status).toBe(200);
    return res.body as SegmentPreview;
  }

  /** [organizations, contacts] in the preview. */
  async function counts(...children: FilterNodeInput[]): Promise<[number, number]> {
    const body = await preview(and(...children));
    return [body.organizations.total, body.contacts.total];
  }

  describe('of an organization (with all its people)', () => {
    it('matches each band exactly', async () => {
      const core = await preview(and(organizationBand('core')));
      expect(core.organizations.items.map((o) => o.name)).toEqual(['Alpha Health Center']);
      expect(core.contacts.total).toBe(2); // a1 a2
      expect(await counts(organizationBand('active'))).toEqual([1, 1]); // B b1
      expect(await counts(organizationBand('occasional'))).toEqual([1, 1]); // C c1
      expect(await counts(organizationBand('dormant'))).toEqual([1, 0]); // D, nobody
    });

    it('takes any of several bands, and leaves out one not scored yet', async () => {
      expect(await counts(organizationBand('core', 'active'))).toEqual([2, 3]); // A B
      const all = await preview(and(organizationBand('core', 'active', 'occasional', 'dormant')));
      expect(all.organizations.total).toBe(4);
      expect(all.organizations.items.map((o) => o.name)).not.toContain('Echo Food Pantry');
      expect(all.contacts.total).toBe(4); // a1 a2 b1 c1
    });
  });

  describe('of a contact (their own score)', () => {
    it('matches each band exactly, with the organizations of those pairs', async () => {
      const core = await preview(and(contactBand('core')));
      expect(core.contacts.items.map((c) => c.displayName).sort()).toEqual(['Ana Alves', 'Sol Silva']);
      expect(core.organizations.total).toBe(1); // A
      expect(await counts(contactBand('active'))).toEqual([1, 1]); // c1
      expect(await counts(contactBand('occasional'))).toEqual([1, 1]); // e1
      expect(await counts(contactBand('dormant'))).toEqual([1, 1]); // b1
    });

    it('leaves out a person not scored yet', async () => {
      const all = await preview(and(contactBand('core', 'active', 'occasional', 'dormant')));
      expect(all.contacts.total).toBe(5);
      expect(all.contacts.items.map((c) => c.displayName)).not.toContain('Abel Alves');
      expect(all.organizations.total).toBe(4); // A B C E
    });
  });

  it('combines with other conditions pair by pair', async () => {
    expect(await counts(organizationBand('core'), contactBand('core'))).toEqual([1, 1]); // (A,a1)
    expect(await counts(organizationBand('active'), contactBand('core', 'active'))).toEqual([0, 0]);
  });

  it('answers 400 naming a band that does not exist', async () => {
    const res = await organizer
      .post('/api/segments/preview')
      .send({ filter: { type: 'group', op: 'and', children: [{ type: 'condition', field: 'contact.engagementBand', values: ['keen'] }] } });
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { path: string }) => f.path)).toEqual(['filter.children.0.values.0']);
  });

  // Last: the recompute replaces the bands set above.
  it('puts everyone without activity in dormant once scores are recomputed', async () => {
    const recomputed = await t.http().post('/api/reports/engagement/recompute').send({});
    expect(recomputed.status).toBe(200);
    expect(await counts(organizationBand('dormant'))).toEqual([5, 5]);
    expect(await counts(contactBand('dormant'))).toEqual([4, 6]);
    expect(await counts(organizationBand('core', 'active', 'occasional'))).toEqual([0, 0]);
  });
});
