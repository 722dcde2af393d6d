import type { AttendanceEntryInput, FilterNodeInput, SegmentFilterInput, SegmentPreview } from '@coalition/contracts';
import { insertContacts } from './factories/contact.factory';
import { insertOrganizations } from './factories/organization.factory';
import { type Client, startTestApp, type TestApp } from './test-app';

const and = (...children: FilterNodeInput[]): SegmentFilterInput => ({ type: 'group', op: 'and', children });
/** Mid-afternoon in Massachusetts: the same day in UTC and in local time. */
const at = (day: string) => `${day}T18:00:00.000Z`;

type LastMeeting = { after?: string; before?: string; never?: true };
const organizationMet = (operands: LastMeeting): FilterNodeInput => ({ type: 'condition', field: 'organization.lastMeeting', ...operands });
const contactMet = (operands: LastMeeting): FilterNodeInput => ({ type: 'condition', field: 'contact.lastMeeting', ...operands });

/**
 * Five organizations, seven people, four meetings, built so each count below can be worked out
 * on paper. Pairs: (A,a1) (A,a2) (B,b1) (C,c1) (D,d1) (E,e1) (—,solo).
 *   M1 2025-03-10: a1 attended for A, b1 for B; d1 a no-show for D.
 *   M2 2025-11-20: b1 for B, c1 for C, solo on their own, d1 on their own (not for D).
 *   M3 2026-02-05: a2 for A; c1 a no-show for C.
 *   M4 2026-05-01, archived: e1 for E, b1 for B.
 * Last meeting attended, organizations: A 2026-02-05, B 2025-11-20, C 2025-11-20, D and E never.
 * People: a1 2025-03-10, a2 2026-02-05, b1 c1 d1 solo 2025-11-20, e1 never.
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
  const [a1, a2, b1, c1, d1, e1, solo] = await insertContacts(
    t.dataSource,
    { firstName: 'Ana', lastName: 'Alves', affiliations: member(a.id) },
    { firstName: 'Abel', lastName: 'Alves', affiliations: member(a.id) },
    { firstName: 'Bia', lastName: 'Borges', affiliations: member(b.id) },
    { firstName: 'Caio', lastName: 'Costa', affiliations: member(c.id) },
    { firstName: 'Dora', lastName: 'Dias', affiliations: member(d.id) },
    { firstName: 'Edu', lastName: 'Esteves', affiliations: member(e.id) },
    { firstName: 'Sol', lastName: 'Silva' },
  );
  const meeting = async (title: string, day: string, attendance: AttendanceEntryInput[]) => {
    const res = await t.http().post('/api/meetings').send({ title, type: 'general_assembly', startsAt: at(day), attendance });
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number };
  };
  await meeting('March assembly', '2025-03-10', [
    { contactId: a1.id, organizationId: a.id },
    { contactId: b1.id, organizationId: b.id },
    { contactId: d1.id, organizationId: d.id, status: 'no_show' },
  ]);
  await meeting('November assembly', '2025-11-20', [
    { contactId: b1.id, organizationId: b.id },
    { contactId: c1.id, organizationId: c.id },
    { contactId: solo.id, organizationId: null },
    { contactId: d1.id, organizationId: null },
  ]);
  await meeting('February assembly', '2026-02-05', [
    { contactId: a2.id, organizationId: a.id },
    { contactId: c1.id, organizationId: c.id, status: 'no_show' },
  ]);
  const cancelled = await meeting('May assembly', '2026-05-01', [
    { contactId: e1.id, organizationId: e.id },
    { contactId: b1.id, organizationId: b.id },
  ]);
  const archived = await t.http().post(`/api/meetings/${cancelled.id}/archive`).send({ version: cancelled.version });
  expect(archived.status).toBe(200);
  return { mayMeetingId: cancelled.id, e1Id: e1.id, b1Id: b1.id, bId: b.id };
}

describe('segments: last meeting attended', () => {
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

  async function counts(...children: FilterNodeInput[]): Promise<[number, number]> {
    const body = await preview(and(...children));
    return [body.organizations.total, body.contacts.total];
  }

  describe('of an organization (any of its people, counted for it)', () => {
    it('on or after a day, the day itself included', async () => {
      const body = await preview(and(organizationMet({ after: '2025-11-20' })));
      expect(body.organizations.items.map((o) => o.name)).toEqual(['Alpha Health Center', 'Bravo Collective', 'Charlie Adult School']);
      expect(body.contacts.total).toBe(4); // a1 a2 b1 c1
    });

    it('on or before a day, and between two days', async () => {
      expect(await counts(organizationMet({ before: '2025-11-20' }))).toEqual([2, 2]); // B C
      expect(await counts(organizationMet({ before: '2025-11-19' }))).toEqual([0, 0]);
      expect(await counts(organizationMet({ after: '2025-01-01', before: '2025-12-31' }))).toEqual([2, 2]); // B C
      expect(await counts(organizationMet({ after: '2026-02-05', before: '2026-02-05' }))).toEqual([1, 2]); // A
    });

    it('never: no meeting attended for it, whatever its people did on their own or as no-shows', async () => {
      const body = await preview(and(organizationMet({ never: true })));
      expect(body.organizations.items.map((o) => o.name)).toEqual(['Delta Tenants Union', 'Echo Food Pantry']);
      expect(body.contacts.total).toBe(2); // d1 e1
    });

    it('ignores archived meetings and no-shows', async () => {
      // B's archived May meeting and C's February no-show would otherwise count.
      expect(await counts(organizationMet({ after: '2026-01-01' }))).toEqual([1, 2]); // A
      expect(await counts(organizationMet({ after: '2026-03-01' }))).toEqual([0, 0]);
    });
  });

  describe("of a contact (their own attendance, for whichever organization)", () => {
    it('on or after a day, with the organizations of those pairs', async () => {
      // a2 b1 c1 d1 solo; solo has no organization, d1 came on their own but is D's.
      const body = await preview(and(contactMet({ after: '2025-11-20' })));
      expect(body.contacts.total).toBe(5);
      expect(body.organizations.total).toBe(4);
    });

    it('on or before a day, and between two days', async () => {
      expect(await counts(contactMet({ before: '2025-03-10' }))).toEqual([1, 1]); // a1
      expect(await counts(contactMet({ before: '2025-12-31' }))).toEqual([4, 5]); // a1 b1 c1 d1 solo
      expect(await counts(contactMet({ after: '2025-11-01', before: '2025-11-30' }))).toEqual([3, 4]); // b1 c1 d1 solo
    });

    it('never: the person never attended a meeting still on record', async () => {
      const body = await preview(and(contactMet({ never: true })));
      expect(body.contacts.items.map((c) => c.displayName)).toEqual(['Edu Esteves']);
      expect(body.organizations.total).toBe(1);
    });

    it('ignores archived meetings and no-shows', async () => {
      // c1's February no-show and b1's archived May meeting leave only a2.
      const body = await preview(and(contactMet({ after: '2026-01-01' })));
      expect(body.contacts.items.map((c) => c.displayName)).toEqual(['Abel Alves']);
      expect(await counts(contactMet({ after: '2026-03-01' }))).toEqual([0, 0]);
    });
  });

  it('combines with other conditions pair by pair', async () => {
    // A met recently, but only a1 of its people has not come since March 2025.
    expect(await counts(organizationMet({ after: '2026-01-01' }), contactMet({ before: '2025-03-10' }))).toEqual([1, 1]);
    expect(await counts(organizationMet({ never: true }), contactMet({ never: true }))).toEqual([1, 1]); // (E,e1)
  });

  // Last, as it changes the fixture: the dates follow every write at once (the triggers of
  // last_meeting_attended), with no recompute to wait for.
  it('follows a meeting restored, moved to another day, a person taken off it and one marked absent, at once', async () => {
    const may = fixture.mayMeetingId;
    const version = async () => ((await organizer.get(`/api/meetings/${may}`).expect(200)).body as { version: number }).version;
    expect(await counts(contactMet({ after: '2026-03-01' }))).toEqual([0, 0]);

    await organizer.post(`/api/meetings/${may}/restore`).send({ version: await version() }).expect(200);
    expect(await counts(contactMet({ after: '2026-03-01' }))).toEqual([2, 2]); // (B,b1) (E,e1)

    await organizer.patch(`/api/meetings/${may}`).send({ version: await version(), startsAt: at('2026-01-15') }).expect(200);
    expect(await counts(contactMet({ after: '2026-03-01' }))).toEqual([0, 0]);
    expect(await counts(organizationMet({ after: '2026-01-15', before: '2026-01-15' }))).toEqual([2, 2]); // B, E

    await organizer.delete(`/api/meetings/${may}/attendance/${fixture.e1Id}`).expect(200);
    expect(await counts(organizationMet({ never: true }))).toEqual([2, 2]); // D and E again

    // b1 marked a no-show after all: B's last meeting is November's again.
    await organizer.put(`/api/meetings/${may}/attendance/${fixture.b1Id}`).send({ organizationId: fixture.bId, status: 'no_show' }).expect(200);
    expect(await counts(organizationMet({ after: '2026-01-15', before: '2026-01-15' }))).toEqual([0, 0]);
    expect(await counts(organizationMet({ after: '2025-11-20', before: '2025-11-20' }))).toEqual([2, 2]); // B, C
  });

  it('answers 400 naming the operand', async () => {
    const reversed = await organizer
      .post('/api/segments/preview')
      .send({ filter: and(organizationMet({ after: '2026-02-01', before: '2026-01-01' })) });
    expect(reversed.status).toBe(400);
    expect(reversed.body.fields).toEqual([{ path: 'filter.children.0.before', message: 'must not be earlier than after' }]);
    const both = await organizer.post('/api/segments/preview').send({ filter: and(contactMet({ never: true, after: '2026-01-01' })) });
    expect(both.body.fields).toEqual([{ path: 'filter.children.0.never', message: 'cannot be combined with after or before' }]);
    const none = await organizer.post('/api/segments/preview').send({ filter: and(contactMet({})) });
    expect(none.body.fields).toEqual([{ path: 'filter.children.0', message: 'needs after, before (dates), or never: true' }]);
  });
});
