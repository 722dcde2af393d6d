import type { DriveDetail, Target } from '@coalition/contracts';
import { redactContactDetails } from '../src/common/contact-details.interceptor';
import { runAs } from '../src/common/request-context';
import { OutreachTargetsService } from '../src/modules/outreach/outreach-targets.service';
import { PHONE_TARGETS, type OutreachFixture, seedOutreachFixture } from './factories/outreach.factory';
import { type Client, startTestApp, type TestApp } from './test-app';

const UNKNOWN = '6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00';

/** Drives: which contacts become targets, the refusals, sharing out, reading, editing, access. */
describe('outreach drives', () => {
  let t: TestApp;
  let fixture: OutreachFixture;
  let organizer: Client;
  let organizer2: Client;
  let ids: { organizer: string; organizer2: string; staff: string; disabled: string };

  beforeAll(async () => {
    t = await startTestApp();
    fixture = await seedOutreachFixture(t);
    organizer = await t.as('organizer');
    const second = await t.createUser('organizer', 'organizer2@test.example.org');
    // Named apart, so organizers are listed in a known order (by name).
    await t.dataSource.query(`UPDATE app_user SET name = 'Zoe Second' WHERE id = $1`, [second.id]);
    organizer2 = await t.signIn('organizer2@test.example.org');
    await t.createUser('staff', 'staff2@test.example.org');
    const gone = await t.createUser('organizer', 'gone@test.example.org');
    await t.dataSource.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [gone.id]);
    const users = await t.dataSource.query<{ id: string; email: string }[]>(`SELECT id, email FROM app_user`);
    const idOf = (email: string) => users.find((u) => u.email === email)!.id;
    ids = {
      organizer: idOf('organizer@test.example.org'),
      organizer2: idOf('organizer2@test.example.org'),
      staff: idOf('staff2@test.example.org'),
      disabled: gone.id,
    };
  });
  afterAll(() => t.close());

  const drive = (overrides: object = {}) => ({
    name: 'Cover All Kids calls',
    segmentId: fixture.segments.healthAndCommunity,
    channel: 'phone',
    startsOn: '2026-11-01',
    ...overrides,
  });
  const create = async (overrides: object = {}, client = organizer): Promise<DriveDetail> =>
    (await client.post('/api/outreach/drives').send(drive(overrides)).expect(201)).body as DriveDetail;
  const targetsOf = async (id: string, query = '', client = organizer): Promise<Target[]> =>
    (await client.get(`/api/outreach/drives/${id}/targets?pageSize=100${query}`).expect(200)).body.items as Target[];
  const names = (targets: Target[]) => targets.map((target) => target.contact.displayName);

  describe('creating a drive', () => {
    it("targets the segment's contacts who consented to calls and have a phone, and nobody else", async () => {
      const created = await create({ goal: 'Twenty families at the hearing', script: 'Hola, soy…' });
      expect(created).toMatchObject({
        name: 'Cover All Kids calls',
        segment: { id: fixture.segments.healthAndCommunity, name: 'Health and community' },
        channel: 'phone',
        goal: 'Twenty families at the hearing',
        script: 'Hola, soy…',
        startsOn: '2026-11-01',
        endsOn: null,
        createdBy: { id: ids.organizer, name: 'Test organizer' },
        progress: { targets: 5, worked: 0, reached: 0, committed: 0, done: 0 },
        myOpenTargets: 0,
        byOrganizer: [{ assignee: null, targets: 5, worked: 0, reached: 0, committed: 0, done: 0 }],
        version: 1,
        archivedAt: null,
      });
      expect(created.byOutcome).toHaveLength(6);
      expect(created.byOutcome.every((o) => o.targets === 0)).toBe(true);
      const targets = await targetsOf(created.id);
      expect(names(targets)).toEqual(PHONE_TARGETS);
      expect(targets[0]).toMatchObject({
        driveId: created.id,
        contact: { displayName: 'Ana Alves', languages: ['es'], reachAt: '508-555-0101' },
        // Through the first organization by name, in her highest role there.
        organization: { id: fixture.o1.id, name: 'Bluebird Health Center', role: 'executive_director' },
        assignee: null,
        state: 'untried',
        lastOutcome: null,
        followUpOn: null,
        attempts: [],
        version: 1,
      });
      expect(targets[4].contact).toMatchObject({ displayName: 'Lucha Vega', pronouns: 'she/her' });
    });

    it('picks by channel: email reaches Paulo Souza, texts reach Ed Brown', async () => {
      const email = await create({ name: 'Email blast', channel: 'email' });
      const [paulo] = await targetsOf(email.id);
      expect(email.progress.targets).toBe(1);
      expect(paulo.contact).toMatchObject({ displayName: 'Paulo Souza', reachAt: 'paulo@example.org' });
      const texts = await create({ name: 'Texts', channel: 'sms' });
      expect(names(await targetsOf(texts.id))).toEqual(['Ed Brown']);
    });

    it('answers 400 naming segmentId for an unknown segment, a private one of someone else, or nobody reachable', async () => {
      for (const segmentId of [UNKNOWN, fixture.segments.privateOne]) {
        const res = await organizer.post('/api/outreach/drives').send(drive({ segmentId })).expect(400);
        expect(res.body.fields).toEqual([{ path: 'segmentId', message: `no segment you can see has the id ${segmentId}` }]);
      }
      const nobody = await organizer
        .post('/api/outreach/drives')
        .send(drive({ segmentId: fixture.segments.schools, channel: 'email' }))
        .expect(400);
      expect(nobody.body).toMatchObject({ code: 'outreach_no_targets', fields: [{ path: 'segmentId' }] });
      expect(nobody.body.fields[0].message).toMatch(/^selects nobody who can be reached on this channel/);
    });

    it('answers 400 naming the field for bad input, and writes nothing', async () => {
      const before = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM outreach_drive`);
      const cases: [object, string][] = [
        [{ channel: 'fax' }, 'channel'],
        [{ name: '  ' }, 'name'],
        [{ startsOn: '2026-11-01', endsOn: '2026-10-01' }, 'endsOn'],
        [{ assignment: { mode: 'even', organizerIds: [ids.organizer, ids.staff] } }, 'assignment.organizerIds'],
        [{ assignment: { mode: 'even', organizerIds: [ids.disabled] } }, 'assignment.organizerIds'],
        [{ assignment: { mode: 'even', organizerIds: [] } }, 'assignment.organizerIds'],
      ];
      for (const [body, path] of cases) {
        const res = await organizer.post('/api/outreach/drives').send(drive(body));
        expect(`${JSON.stringify(body)} → ${res.status} ${res.body.fields?.map((f: { path: string }) => f.path).join()}`).toBe(
          `${JSON.stringify(body)} → 400 ${path}`,
        );
      }
      const staffRes = await organizer
        .post('/api/outreach/drives')
        .send(drive({ assignment: { mode: 'even', organizerIds: [ids.staff] } }))
        .expect(400);
      expect(staffRes.body.fields[0].message).toContain(ids.staff);
      const after = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM outreach_drive`);
      expect(after).toEqual(before);
    });

    it('splits evenly at once, round robin in name order: 5 targets for 2 organizers are 3 and 2', async () => {
      const created = await create({ assignment: { mode: 'even', organizerIds: [ids.organizer, ids.organizer2] } });
      expect(created.myOpenTargets).toBe(3);
      expect(created.byOrganizer).toEqual([
        { assignee: { id: ids.organizer, name: 'Test organizer' }, targets: 3, worked: 0, reached: 0, committed: 0, done: 0 },
        { assignee: { id: ids.organizer2, name: 'Zoe Second' }, targets: 2, worked: 0, reached: 0, committed: 0, done: 0 },
      ]);
      expect(names(await targetsOf(created.id, '&assignee=me'))).toEqual(['Ana Alves', 'Carmen Diaz', 'Lucha Vega']);
      expect(names(await targetsOf(created.id, '&assignee=me', organizer2))).toEqual(['Beatriz Costa', 'Marta Nunes']);
      const [audit] = await t.dataSource.query<{ details: Record<string, unknown> }[]>(
        `SELECT details FROM audit_event WHERE entity_type = 'outreach_drive' AND entity_id = $1`,
        [created.id],
      );
      expect(audit.details).toEqual({
        targets: 5,
        assignment: { mode: 'even', organizerIds: [ids.organizer, ids.organizer2], assigned: 5 },
      });
    });
  });

  describe('sharing out targets', () => {
    let created: DriveDetail;
    beforeAll(async () => {
      created = await create({ name: 'Sharing out' });
    });
    const assign = (body: object, id = created.id) => organizer.post(`/api/outreach/drives/${id}/assignments`).send(body);

    it('gives listed targets to one organizer, or back to nobody', async () => {
      const targets = await targetsOf(created.id);
      const [ana, beatriz] = targets;
      const res = await assign({ mode: 'manual', targetIds: [ana.id, beatriz.id, ana.id], assigneeId: ids.organizer2 }).expect(200);
      expect(res.body).toEqual({ assigned: 2 });
      expect(names(await targetsOf(created.id, `&assignee=${ids.organizer2}`))).toEqual(['Ana Alves', 'Beatriz Costa']);
      await assign({ mode: 'manual', targetIds: [beatriz.id], assigneeId: null }).expect(200);
      expect(names(await targetsOf(created.id, '&assignee=unassigned'))).toEqual(['Beatriz Costa', 'Carmen Diaz', 'Marta Nunes', 'Lucha Vega']);
    });

    it('splits only the unassigned targets by default, every open one with scope "open"', async () => {
      const unassigned = await assign({ mode: 'even', organizerIds: [ids.organizer] }).expect(200);
      expect(unassigned.body).toEqual({ assigned: 4 });
      const all = await assign({ mode: 'even', organizerIds: [ids.organizer2, ids.organizer], scope: 'open' }).expect(200);
      expect(all.body).toEqual({ assigned: 5 });
      const detail = (await organizer.get(`/api/outreach/drives/${created.id}`).expect(200)).body as DriveDetail;
      expect(detail.byOrganizer.map((line) => [line.assignee?.id, line.targets])).toEqual([
        [ids.organizer, 2],
        [ids.organizer2, 3],
      ]);
    });

    it('answers 400 naming the field for targets of another drive or a user who cannot run outreach', async () => {
      const other = await create({ name: 'Another drive' });
      const [foreign] = await targetsOf(other.id);
      const notHere = await assign({ mode: 'manual', targetIds: [foreign.id], assigneeId: ids.organizer }).expect(400);
      expect(notHere.body.fields).toEqual([{ path: 'targetIds', message: `${foreign.id} are not targets of this drive` }]);
      const [mine] = await targetsOf(created.id);
      const staff = await assign({ mode: 'manual', targetIds: [mine.id], assigneeId: ids.staff }).expect(400);
      expect(staff.body.fields[0].path).toBe('assigneeId');
      const even = await assign({ mode: 'even', organizerIds: [ids.disabled] }).expect(400);
      expect(even.body.fields[0].path).toBe('organizerIds');
      const shape = await assign({ mode: 'random' }).expect(400);
      expect(shape.body.fields[0].path).toBe('mode');
      await assign({ mode: 'even', organizerIds: [ids.organizer] }, UNKNOWN).expect(404);
    });

    it('lists who can be given targets: users not disabled whose role has outreach.write', async () => {
      const res = await organizer.get('/api/outreach/callers').expect(200);
      const callerIds = (res.body.items as { id: string }[]).map((u) => u.id);
      expect(callerIds).toEqual(expect.arrayContaining([ids.organizer, ids.organizer2]));
      expect(callerIds).not.toContain(ids.staff);
      expect(callerIds).not.toContain(ids.disabled);
    });
  });

  describe('editing and archiving', () => {
    it('edits with the version read, answers 409 with the current drive when stale', async () => {
      const created = await create({ name: 'To edit' });
      const edited = await organizer
        .patch(`/api/outreach/drives/${created.id}`)
        .send({ name: 'Edited', goal: '', endsOn: '2026-12-15', version: 1 })
        .expect(200);
      expect(edited.body).toMatchObject({ name: 'Edited', goal: null, endsOn: '2026-12-15', version: 2 });
      const stale = await organizer.patch(`/api/outreach/drives/${created.id}`).send({ name: 'Late', version: 1 }).expect(409);
      expect(stale.body).toMatchObject({ code: 'outreach_drive_version_conflict', current: { name: 'Edited', version: 2 } });
      const backwards = await organizer.patch(`/api/outreach/drives/${created.id}`).send({ startsOn: '2027-01-01', version: 2 }).expect(400);
      expect(backwards.body.fields[0].path).toBe('endsOn');
    });

    it('archives a drive: it leaves the list, cannot be worked, and can be restored', async () => {
      const created = await create({ name: 'Finished drive' });
      const [target] = await targetsOf(created.id);
      await organizer.post(`/api/outreach/drives/${created.id}/archive`).send({ version: 1 }).expect(200);
      const current = await organizer.get('/api/outreach/drives?pageSize=100').expect(200);
      expect((current.body.items as DriveDetail[]).map((d) => d.name)).not.toContain('Finished drive');
      const archived = await organizer.get('/api/outreach/drives?archived=true').expect(200);
      expect((archived.body.items as DriveDetail[]).map((d) => d.name)).toEqual(['Finished drive']);
      const refused = await organizer.post(`/api/outreach/targets/${target.id}/attempts`).send({ outcome: 'reached' }).expect(409);
      expect(refused.body.code).toBe('outreach_drive_archived');
      await organizer.post(`/api/outreach/drives/${created.id}/assignments`).send({ mode: 'even', organizerIds: [ids.organizer] }).expect(409);
      await organizer.post(`/api/outreach/drives/${created.id}/restore`).send({ version: 2 }).expect(200);
      await organizer.post(`/api/outreach/targets/${target.id}/attempts`).send({ outcome: 'reached' }).expect(201);
    });

    it('lists drives latest start first, searchable by name, with the progress of each', async () => {
      const res = await organizer.get('/api/outreach/drives?q=email&pageSize=5').expect(200);
      expect(res.body).toMatchObject({ total: 1, page: 1, pageSize: 5 });
      expect(res.body.items[0]).toMatchObject({ name: 'Email blast', progress: { targets: 1 } });
      expect(res.body.items[0].script).toBeUndefined();
      await organizer.get(`/api/outreach/drives/${UNKNOWN}`).expect(404);
    });
  });

  describe('who may do what', () => {
    it('lets a viewer read drives and commitments but not work them (403)', async () => {
      const viewer = await t.as('viewer');
      const created = await create({ name: 'Seen by a viewer' });
      const [target] = await targetsOf(created.id);
      await viewer.get('/api/outreach/drives').expect(200);
      await viewer.get(`/api/outreach/drives/${created.id}`).expect(200);
      await viewer.get(`/api/outreach/drives/${created.id}/commitments`).expect(200);
      await viewer.get(`/api/outreach/activity?contactId=${fixture.contacts.Alves.id}`).expect(200);
      await viewer.get(`/api/outreach/drives/${created.id}/targets`).expect(403);
      await viewer.get(`/api/outreach/drives/${created.id}/next`).expect(403);
      await viewer.post(`/api/outreach/targets/${target.id}/attempts`).send({ outcome: 'reached' }).expect(403);
      await viewer.post('/api/outreach/drives').send(drive()).expect(403);
      await viewer.post(`/api/outreach/drives/${created.id}/assignments`).send({ mode: 'even', organizerIds: [ids.organizer] }).expect(403);
      const staff = await t.as('staff');
      await staff.get('/api/outreach/callers').expect(403);
    });

    it('never gives a target\'s number to a role without contacts.details', async () => {
      await t.as('viewer');
      const created = await create({ name: 'Reach details' });
      const service = t.app.get(OutreachTargetsService);
      const [viewer] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM app_user WHERE role = 'viewer' LIMIT 1`);
      const actor = { id: viewer.id, email: 'viewer@test.example.org', role: 'viewer' as const, sessionId: 's', csrfToken: 'c', sessionExpiresAt: new Date(), name: 'V' };
      const page = await runAs({ ip: null, userAgent: null, actor }, () => service.list(created.id, { page: 1, pageSize: 10 }));
      expect(page.items.map((item) => item.contact.reachAt)).toEqual([null, null, null, null, null]);
      // And at the HTTP edge, whatever a service answers.
      const [target] = await targetsOf(created.id);
      expect(target.contact.reachAt).toBe('508-555-0101');
      expect((redactContactDetails(target) as Target).contact.reachAt).toBeNull();
    });
  });

  it('records one audit row per write, in the same transaction', async () => {
    const before = (await t.dataSource.query<{ id: number }[]>(`SELECT coalesce(max(id), 0)::int AS id FROM audit_event`))[0].id;
    const created = await create({ name: 'Audited' });
    const [target] = await targetsOf(created.id);
    await organizer.post(`/api/outreach/drives/${created.id}/assignments`).send({ mode: 'even', organizerIds: [ids.organizer] }).expect(200);
    const logged = await organizer
      .post(`/api/outreach/targets/${target.id}/attempts`)
      .send({ outcome: 'committed', note: 'Will testify at the hearing' })
      .expect(201);
    await organizer.patch(`/api/outreach/drives/${created.id}`).send({ goal: 'Testimony', version: 1 }).expect(200);
    const rows = await t.dataSource.query<{ action: string; entity_type: string; entity_id: string; changes: unknown[]; details: Record<string, unknown> }[]>(
      `SELECT action, entity_type, entity_id, changes, details FROM audit_event WHERE id > $1 ORDER BY id`,
      [before],
    );
    expect(rows.map((r) => `${r.action} ${r.entity_type}`)).toEqual([
      'create outreach_drive',
      'update outreach_drive',
      'create outreach_attempt',
      'update outreach_drive',
    ]);
    expect(rows[2]).toMatchObject({
      entity_id: (logged.body as Target).attempts[0].id,
      details: { driveId: created.id, targetId: target.id, contactId: fixture.contacts.Alves.id },
      changes: expect.arrayContaining([{ field: 'note', before: null, after: 'Will testify at the hearing' }]),
    });
    const trail = await t.http().get('/api/audit?entityType=outreach_attempt').expect(200);
    expect(trail.body.total).toBeGreaterThanOrEqual(1);
  });
});
