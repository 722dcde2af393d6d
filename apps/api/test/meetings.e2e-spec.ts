import type { MeetingDetail } from '@coalition/contracts';
import { insertContacts } from './factories/contact.factory';
import { insertIssues } from './factories/issue.factory';
import { insertOrganizations } from './factories/organization.factory';
import { startTestApp, type TestApp } from './test-app';

const at = (day: string) => `${day}T18:00:00.000Z`;

describe('meetings: records, attendance, action items', () => {
  let t: TestApp;
  let casa: string;
  let centro: string;
  let jose: string;
  let maria: string;
  let archived: string;
  beforeAll(async () => {
    t = await startTestApp();
    [{ id: casa }, { id: centro }] = await insertOrganizations(t.dataSource, { name: 'Casa Azul' }, { name: 'Centro Presente' });
    [{ id: jose }, { id: maria }, { id: archived }] = await insertContacts(
      t.dataSource,
      { firstName: 'José', lastName: 'Pereira', emails: [{ address: 'jose@casa.example.org' }], phones: [{ number: '(617) 555-0101' }], affiliations: [{ organizationId: casa, role: 'staff' }, { organizationId: centro, role: 'volunteer' }] },
      { firstName: 'María', lastName: 'Ramírez', affiliations: [{ organizationId: centro, role: 'board' }] },
      { firstName: 'Ana', lastName: 'Gone', archivedAt: new Date() },
    );
  });
  afterAll(() => t.close());

  const count = async (table: string) => (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  it('creates a meeting with attendance and action items in one request', async () => {
    const [issue] = await insertIssues(t.dataSource, { title: 'Safe Communities Act', tier: 1 });
    const res = await t.http().post('/api/meetings').send({
      title: 'October general assembly',
      type: 'general_assembly',
      startsAt: at('2026-10-01'),
      issueIds: [issue.id],
      attendance: [
        { contactId: jose, organizationId: casa },
        { contactId: maria, organizationId: centro, status: 'registered' },
        { contactId: jose, organizationId: casa },
      ],
      actionItems: [{ text: 'Send the minutes', ownerContactId: maria, dueOn: '2026-10-08' }],
    });
    expect(res.status).toBe(201);
    const meeting = res.body as MeetingDetail;
    expect(meeting.attendance.map((a) => [a.contact.displayName, a.organization?.name, a.status])).toEqual([
      ['José Pereira', 'Casa Azul', 'attended'],
      ['María Ramírez', 'Centro Presente', 'registered'],
    ]);
    expect(meeting.counts).toEqual({ attended: 1, registered: 1, noShow: 0, organizations: 1 });
    expect(meeting.organizationsPresent).toEqual([{ id: casa, name: 'Casa Azul', people: 1 }]);
    expect(meeting.issues).toEqual([{ id: issue.id, title: 'Safe Communities Act' }]);
    expect(meeting.actionItems).toMatchObject([{ text: 'Send the minutes', owner: { kind: 'contact', id: maria, name: 'María Ramírez' }, dueOn: '2026-10-08', done: false }]);
  });

  it('builds a meeting step by step; the same person twice is one row', async () => {
    const made = await t.http().post('/api/meetings').send({ title: 'Working group', type: 'working_group', startsAt: at('2026-10-05') });
    expect(made.status).toBe(201);
    const id = made.body.id as string;
    expect((await t.http().put(`/api/meetings/${id}/attendance/${jose}`).send({ organizationId: casa, status: 'registered' })).status).toBe(200);
    const again = await t.http().post(`/api/meetings/${id}/attendance`).send({ entries: [{ contactId: jose, organizationId: casa }] });
    expect(again.status).toBe(200);
    expect(again.body.attendance).toHaveLength(1);
    expect(again.body.attendance[0].status).toBe('attended');
    const item = await t.http().post(`/api/meetings/${id}/action-items`).send({ text: 'Book the room', ownerUserId: null, dueOn: null });
    expect(item.status).toBe(201);
    const done = await t.http().patch(`/api/meetings/${id}/action-items/${item.body.id}`).send({ done: true, version: item.body.version });
    expect(done.body).toMatchObject({ done: true, version: 2 });
    const stale = await t.http().patch(`/api/meetings/${id}/action-items/${item.body.id}`).send({ text: 'x', version: 1 });
    expect(stale.status).toBe(409);
    expect((await t.http().delete(`/api/meetings/${id}/action-items/${item.body.id}`)).status).toBe(204);
    const removed = await t.http().delete(`/api/meetings/${id}/attendance/${jose}`);
    expect(removed.body.attendance).toEqual([]);
  });

  it('refuses attendance for an archived person, naming the entry, and writes nothing', async () => {
    const before = await count('meeting');
    const res = await t.http().post('/api/meetings').send({
      title: 'Lobby day',
      type: 'lobby_day',
      startsAt: at('2026-10-10'),
      attendance: [{ contactId: jose, organizationId: casa }, { contactId: maria, organizationId: null }, { contactId: archived, organizationId: null }],
    });
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([{ path: 'attendance.2.contactId', message: 'is archived: restore the person first' }]);
    expect(await count('meeting')).toBe(before);
  });

  it('refuses an organization the person was never affiliated with', async () => {
    const made = await t.http().post('/api/meetings').send({ title: 'Call', type: 'coalition_call', startsAt: at('2026-10-11') });
    const res = await t.http().put(`/api/meetings/${made.body.id}/attendance/${maria}`).send({ organizationId: casa });
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([{ path: 'organizationId', message: expect.stringContaining('never been affiliated') }]);
  });

  it('counts a person for the organization they represented each day', async () => {
    const first = await t.http().post('/api/meetings').send({ title: 'Training A', type: 'training', startsAt: at('2026-09-01'), attendance: [{ contactId: jose, organizationId: casa }] });
    const second = await t.http().post('/api/meetings').send({ title: 'Training B', type: 'training', startsAt: at('2026-09-15'), attendance: [{ contactId: jose, organizationId: centro }] });
    expect(first.body.organizationsPresent.map((o: { name: string }) => o.name)).toEqual(['Casa Azul']);
    expect(second.body.organizationsPresent.map((o: { name: string }) => o.name)).toEqual(['Centro Presente']);
    const casaHistory = await t.http().get(`/api/meetings/history?organizationId=${casa}`);
    expect(casaHistory.body.items.map((i: { meeting: { title: string } }) => i.meeting.title)).toContain('Training A');
    expect(casaHistory.body.items.map((i: { meeting: { title: string } }) => i.meeting.title)).not.toContain('Training B');
    const person = await t.http().get(`/api/meetings/history?contactId=${jose}`);
    expect(person.body.items.slice(0, 2).map((i: { meeting: { title: string }; organization: { name: string } }) => [i.meeting.title, i.organization.name])).toEqual([
      ['October general assembly', 'Casa Azul'],
      ['Training B', 'Centro Presente'],
    ]);
    expect(person.body.trainingsCompleted).toBe(2);
    expect(person.body.attendanceRate).toBe(1);
    const mariaHistory = await t.http().get(`/api/meetings/history?contactId=${maria}`);
    expect(mariaHistory.body).toMatchObject({ total: 1, attendanceRate: 0, trainingsCompleted: 0 });
  });

  it('answers 409 with the current meeting on a stale version', async () => {
    const made = await t.http().post('/api/meetings').send({ title: 'Listening session', type: 'listening_session', startsAt: at('2026-10-12') });
    const ok = await t.http().patch(`/api/meetings/${made.body.id}`).send({ notes: '# Heard', version: 1 });
    expect(ok.body).toMatchObject({ notes: '# Heard', version: 2 });
    const stale = await t.http().patch(`/api/meetings/${made.body.id}`).send({ title: 'Other', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ title: 'Listening session', version: 2 });
    const archivedRes = await t.http().post(`/api/meetings/${made.body.id}/archive`).send({ version: 2 });
    expect(archivedRes.body.archivedAt).not.toBeNull();
  });

  it('lists archived meetings only when asked with archived=true', async () => {
    const made = await t.http().post('/api/meetings').send({ title: 'Lobby day to archive', type: 'lobby_day', startsAt: at('2026-11-03') });
    const titles = async (query: string) => ((await t.http().get(`/api/meetings?type=lobby_day${query}`)).body.items as { title: string }[]).map((m) => m.title);
    expect(await titles('')).toEqual(['Lobby day to archive']);
    expect(await titles('&archived=true')).toEqual([]);
    expect((await t.http().post(`/api/meetings/${made.body.id}/archive`).send({ version: 1 })).status).toBe(200);
    expect(await titles('')).toEqual([]);
    expect(await titles('&archived=false')).toEqual([]);
    const archivedList = await t.http().get('/api/meetings?type=lobby_day&archived=true');
    expect(archivedList.body).toMatchObject({ total: 1, items: [{ title: 'Lobby day to archive', archivedAt: expect.any(String) }] });
    expect((await t.http().get('/api/meetings?archived=maybe')).body.fields).toEqual([{ path: 'archived', message: 'must be true or false' }]);
  });

  it('lists meetings by start with filters', async () => {
    const res = await t.http().get('/api/meetings?type=training&from=2026-09-01&to=2026-09-30&sort=startsAt');
    expect(res.body.items.map((m: { title: string }) => m.title)).toEqual(['Training A', 'Training B']);
  });

  it('lets a viewer read without emails or phones, and refuses their writes', async () => {
    const viewer = await t.as('viewer');
    const found = await viewer.get('/api/meetings/people?q=jose');
    expect(found.status).toBe(200);
    expect(found.body.contacts[0]).toMatchObject({ displayName: 'José Pereira', email: null, phone: null });
    expect((await viewer.post('/api/meetings').send({ title: 'X', type: 'other', startsAt: at('2026-10-01') })).status).toBe(403);
    const list = await viewer.get('/api/meetings');
    expect(list.status).toBe(200);
  });

  it('lists open action items for owner=me, by due date', async () => {
    const staff = await t.as('staff');
    const [{ id: staffId }] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM app_user WHERE email = 'staff@test.example.org'`);
    const made = await staff.post('/api/meetings').send({
      title: 'Planning',
      type: 'other',
      startsAt: at('2026-10-20'),
      actionItems: [
        { text: 'Later', ownerUserId: staffId, dueOn: '2026-12-01' },
        { text: 'Someone else', ownerContactId: jose },
        { text: 'Undated', ownerUserId: staffId },
        { text: 'Sooner', ownerUserId: staffId, dueOn: '2026-11-01' },
      ],
    });
    expect(made.status).toBe(201);
    const mine = await staff.get('/api/meetings/action-items?owner=me');
    expect(mine.body.items.map((i: { text: string }) => i.text)).toEqual(['Sooner', 'Later', 'Undated']);
    expect(mine.body.items[0].meeting).toMatchObject({ id: made.body.id, title: 'Planning' });
  });
});
