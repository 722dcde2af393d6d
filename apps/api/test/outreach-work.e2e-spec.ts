import { FINAL_OUTCOMES, type DriveDetail, type LogAttemptInput, type NextTargetResponse, type OutreachOutcome, type Target } from '@coalition/contracts';
import { type OutreachFixture, seedOutreachFixture } from './factories/outreach.factory';
import { type Client, startTestApp, type TestApp } from './test-app';

/** Working a drive: the caller's queue, logging outcomes, progress, commitments, history, concurrency. */
describe('working an outreach drive', () => {
  let t: TestApp;
  let fixture: OutreachFixture;
  let organizer: Client;
  let organizer2: Client;
  let ids: { organizer: string; organizer2: string };
  let today: string;

  beforeAll(async () => {
    t = await startTestApp();
    fixture = await seedOutreachFixture(t);
    organizer = await t.as('organizer');
    const second = await t.createUser('organizer', 'organizer2@test.example.org');
    await t.dataSource.query(`UPDATE app_user SET name = 'Zoe Second' WHERE id = $1`, [second.id]);
    organizer2 = await t.signIn('organizer2@test.example.org');
    const [me] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM app_user WHERE email = 'organizer@test.example.org'`);
    ids = { organizer: me.id, organizer2: second.id };
    [{ today }] = await t.dataSource.query<{ today: string }[]>(`SELECT current_date::text AS today`);
  });
  afterAll(() => t.close());

  const dayAfter = (date: string, days: number) =>
    new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  /** A phone drive of the five fixture targets; split (3 mine, 2 the second organizer's) unless `split` is false. */
  async function phoneDrive(name: string, split = true): Promise<{ drive: DriveDetail; target: Record<string, Target> }> {
    const assignment = split ? { assignment: { mode: 'even', organizerIds: [ids.organizer, ids.organizer2] } } : {};
    const res = await organizer
      .post('/api/outreach/drives')
      .send({ name, segmentId: fixture.segments.healthAndCommunity, channel: 'phone', startsOn: today, ...assignment })
      .expect(201);
    const drive = res.body as DriveDetail;
    const list = await organizer.get(`/api/outreach/drives/${drive.id}/targets?pageSize=100`).expect(200);
    const target = Object.fromEntries((list.body.items as Target[]).map((x) => [x.contact.displayName.split(' ')[1], x]));
    return { drive, target };
  }

  const log = (client: Client, target: Target, body: LogAttemptInput) =>
    client.post(`/api/outreach/targets/${target.id}/attempts`).send(body);
  const logged = async (client: Client, target: Target, body: LogAttemptInput): Promise<Target> =>
    (await log(client, target, body).expect(201)).body as Target;
  const next = async (driveId: string, skip: string[] = [], client = organizer): Promise<[string | null, number]> => {
    const query = skip.map((id) => `skip=${id}`).join('&');
    const body = (await client.get(`/api/outreach/drives/${driveId}/next?${query}`).expect(200)).body as NextTargetResponse;
    return [body.target?.contact.displayName ?? null, body.remaining];
  };
  const detail = async (id: string): Promise<DriveDetail> =>
    (await organizer.get(`/api/outreach/drives/${id}`).expect(200)).body as DriveDetail;

  describe('outreach history of a person and of an organization', () => {
    it('lists the attempts on a contact, or on everyone targeted through an organization, newest first with the drive', async () => {
      const first = await phoneDrive('Spring calls', false);
      const second = await phoneDrive('Fall calls', false);
      await logged(organizer, first.target.Alves, { outcome: 'no_answer' });
      await logged(organizer, first.target.Costa, { outcome: 'left_message' });
      await logged(organizer2, second.target.Alves, { outcome: 'committed', note: 'Se compromete a llamar a su representante' });
      const ana = await organizer.get(`/api/outreach/activity?contactId=${fixture.contacts.Alves.id}`).expect(200);
      expect(ana.body).toMatchObject({ total: 2, page: 1 });
      expect(ana.body.items).toEqual([
        expect.objectContaining({
          outcome: 'committed',
          note: 'Se compromete a llamar a su representante',
          loggedBy: { id: ids.organizer2, name: 'Zoe Second' },
          drive: { id: second.drive.id, name: 'Fall calls', channel: 'phone' },
          contact: { id: fixture.contacts.Alves.id, displayName: 'Ana Alves' },
          organization: { id: fixture.o1.id, name: 'Bluebird Health Center' },
        }),
        expect.objectContaining({ outcome: 'no_answer', drive: expect.objectContaining({ name: 'Spring calls' }) }),
      ]);
      // Ana was targeted through Bluebird (O1): Casa Hampden (O2) has only Beatriz's attempt.
      const casa = await organizer.get(`/api/outreach/activity?organizationId=${fixture.o2.id}`).expect(200);
      expect((casa.body.items as { contact: { displayName: string } }[]).map((i) => i.contact.displayName)).toEqual(['Beatriz Costa']);
      const both = await organizer
        .get(`/api/outreach/activity?contactId=${fixture.contacts.Alves.id}&organizationId=${fixture.o1.id}`)
        .expect(400);
      expect(both.body.fields[0].path).toBe('contactId');
      await organizer.get('/api/outreach/activity').expect(400);
      await organizer.get('/api/outreach/activity?contactId=6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00').expect(404);
    });
  });

  describe("the caller's queue", () => {
    it('serves my untried targets first in name order, then my due open ones oldest attempt first, respecting skips', async () => {
      const { drive, target } = await phoneDrive('Queue');
      // Mine: Alves, Diaz, Vega (the second organizer has Costa and Nunes).
      expect(await next(drive.id)).toEqual(['Ana Alves', 3]);
      expect(await next(drive.id, [target.Alves.id])).toEqual(['Carmen Diaz', 2]);
      expect(await next(drive.id, [], organizer2)).toEqual(['Beatriz Costa', 2]);

      await logged(organizer, target.Alves, { outcome: 'no_answer' });
      expect(await next(drive.id)).toEqual(['Carmen Diaz', 3]);
      // A follow-up date in the future takes Carmen out of the queue until then.
      await logged(organizer, target.Diaz, { outcome: 'left_message', followUpOn: dayAfter(today, 2) });
      await logged(organizer, target.Vega, { outcome: 'no_answer' });
      expect(await next(drive.id)).toEqual(['Ana Alves', 2]);
      expect(await next(drive.id, [target.Alves.id])).toEqual(['Lucha Vega', 1]);

      await logged(organizer, target.Alves, { outcome: 'reached' });
      await logged(organizer, target.Vega, { outcome: 'wrong_number' });
      expect(await next(drive.id)).toEqual([null, 0]);
    });

    it('falls back to unassigned targets when I have none left, and back to mine when one comes due', async () => {
      const { drive, target } = await phoneDrive('Helping out');
      for (const name of ['Alves', 'Diaz', 'Vega']) await logged(organizer, target[name], { outcome: 'declined' });
      expect(await next(drive.id)).toEqual([null, 0]);
      await organizer
        .post(`/api/outreach/drives/${drive.id}/assignments`)
        .send({ mode: 'manual', targetIds: [target.Nunes.id], assigneeId: null })
        .expect(200);
      expect(await next(drive.id)).toEqual(['Marta Nunes', 1]);
      expect(await next(drive.id, [target.Nunes.id])).toEqual([null, 0]);
      // A non-final outcome with today's follow-up date puts Carmen back in my queue, ahead of helping.
      await logged(organizer, target.Diaz, { outcome: 'left_message', followUpOn: today });
      expect(await next(drive.id)).toEqual(['Carmen Diaz', 1]);
      await organizer.get('/api/outreach/drives/6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00/next').expect(404);
      const badSkip = await organizer.get(`/api/outreach/drives/${drive.id}/next?skip=nope`).expect(400);
      expect(badSkip.body.fields[0].path).toBe('skip');
    });
  });

  describe('logging outcomes', () => {
    it('answers 201 with the target as it now stands, attempts newest first; a final outcome makes it done', async () => {
      const { target } = await phoneDrive('Logging');
      const first = await logged(organizer, target.Costa, { outcome: 'left_message', note: '  ', followUpOn: today });
      expect(first).toMatchObject({ state: 'open', lastOutcome: 'left_message', followUpOn: today, version: 3 });
      expect(first.attempts).toEqual([
        expect.objectContaining({ outcome: 'left_message', note: null, followUpOn: today, loggedBy: { id: ids.organizer, name: 'Test organizer' } }),
      ]);
      const second = await logged(organizer2, target.Costa, { outcome: 'committed', note: 'Will bring ten families to the hearing' });
      expect(second).toMatchObject({ state: 'done', lastOutcome: 'committed', followUpOn: null });
      expect(second.attempts.map((a) => a.outcome)).toEqual(['committed', 'left_message']);
      const bad = await log(organizer, target.Costa, { outcome: 'maybe' as OutreachOutcome, followUpOn: '2026-02-30' }).expect(400);
      expect(bad.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['followUpOn', 'outcome']);
      await organizer.post('/api/outreach/targets/6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00/attempts').send({ outcome: 'reached' }).expect(404);
    });

    it('counts progress, progress by organizer and by outcome, and lists commitments with their notes', async () => {
      const { drive, target } = await phoneDrive('Progress');
      await logged(organizer, target.Alves, { outcome: 'no_answer' });
      await logged(organizer, target.Alves, { outcome: 'committed', note: 'Hosting a house meeting', followUpOn: dayAfter(today, 7) });
      await logged(organizer, target.Diaz, { outcome: 'declined' });
      await logged(organizer2, target.Costa, { outcome: 'committed', note: 'Will testify' });
      await logged(organizer2, target.Nunes, { outcome: 'left_message' });
      const d = await detail(drive.id);
      expect(d.progress).toEqual({ targets: 5, worked: 4, reached: 3, committed: 2, done: 3 });
      expect(d.myOpenTargets).toBe(1);
      expect(d.byOrganizer).toEqual([
        { assignee: { id: ids.organizer, name: 'Test organizer' }, targets: 3, worked: 2, reached: 2, committed: 1, done: 2 },
        { assignee: { id: ids.organizer2, name: 'Zoe Second' }, targets: 2, worked: 2, reached: 1, committed: 1, done: 1 },
      ]);
      expect(d.byOutcome).toEqual([
        { outcome: 'reached', targets: 0 },
        { outcome: 'left_message', targets: 1 },
        { outcome: 'no_answer', targets: 0 },
        { outcome: 'wrong_number', targets: 0 },
        { outcome: 'declined', targets: 1 },
        { outcome: 'committed', targets: 2 },
      ]);
      const commitments = await (await t.as('viewer')).get(`/api/outreach/drives/${drive.id}/commitments`).expect(200);
      expect(commitments.body.total).toBe(2);
      expect(commitments.body.items).toEqual([
        expect.objectContaining({
          targetId: target.Costa.id,
          contact: { id: fixture.contacts.Costa.id, displayName: 'Beatriz Costa' },
          organization: { id: fixture.o2.id, name: 'Casa Hampden Collective' },
          note: 'Will testify',
          loggedBy: { id: ids.organizer2, name: 'Zoe Second' },
        }),
        expect.objectContaining({ targetId: target.Alves.id, note: 'Hosting a house meeting', followUpOn: dayAfter(today, 7) }),
      ]);
      const filtered = await organizer.get(`/api/outreach/drives/${drive.id}/targets?state=done&outcome=committed`).expect(200);
      expect((filtered.body.items as Target[]).map((x) => x.contact.displayName)).toEqual(['Ana Alves', 'Beatriz Costa']);
      const open = await organizer.get(`/api/outreach/drives/${drive.id}/targets?state=untried,open&q=vega`).expect(200);
      expect((open.body.items as Target[]).map((x) => x.contact.displayName)).toEqual(['Lucha Vega']);
      const summary = await organizer.get('/api/outreach/drives?q=progress').expect(200);
      expect(summary.body.items[0]).toMatchObject({ progress: d.progress, myOpenTargets: 1 });
    });
  });

  describe('two organizers logging at the same moment', () => {
    const attemptsOf = async (targetId: string) =>
      t.dataSource.query<{ outcome: OutreachOutcome }[]>(
        `SELECT outcome FROM outreach_attempt WHERE target_id = $1 ORDER BY logged_at DESC, id DESC`,
        [targetId],
      );

    it('keeps every attempt on one target, and the target ends with the outcome committed last', async () => {
      const { drive, target } = await phoneDrive('Same target', false);
      const outcomes: OutreachOutcome[] = ['no_answer', 'left_message', 'committed', 'reached', 'no_answer', 'declined', 'left_message', 'no_answer'];
      const responses = await Promise.all(
        outcomes.map((outcome, i) => log(i % 2 ? organizer2 : organizer, target.Alves, { outcome, note: `call ${i}` })),
      );
      expect(responses.map((r) => r.status)).toEqual(outcomes.map(() => 201));
      const stored = await attemptsOf(target.Alves.id);
      expect(stored.map((a) => a.outcome).sort()).toEqual([...outcomes].sort());
      const [latest] = stored;
      const [row] = await t.dataSource.query<{ last_outcome: string; done: boolean; version: number }[]>(
        `SELECT last_outcome, done, version FROM outreach_target WHERE id = $1`,
        [target.Alves.id],
      );
      expect(row).toEqual({ last_outcome: latest.outcome, done: FINAL_OUTCOMES.includes(latest.outcome), version: 1 + outcomes.length });
      const d = await detail(drive.id);
      const reached = ['reached', 'declined', 'committed'].includes(latest.outcome) ? 1 : 0;
      expect(d.progress).toEqual({
        targets: 5,
        worked: 1,
        reached,
        committed: latest.outcome === 'committed' ? 1 : 0,
        done: row.done ? 1 : 0,
      });
      const [{ audited }] = await t.dataSource.query<{ audited: number }[]>(
        `SELECT count(*)::int AS audited FROM audit_event WHERE entity_type = 'outreach_attempt' AND details->>'targetId' = $1`,
        [target.Alves.id],
      );
      expect(audited).toBe(outcomes.length);
    });

    it('loses nothing when logging on different targets of one drive at once: counts are exact', async () => {
      const { drive, target } = await phoneDrive('Many targets', false);
      const plan: [string, OutreachOutcome][] = [
        ['Alves', 'committed'],
        ['Costa', 'committed'],
        ['Diaz', 'declined'],
        ['Nunes', 'no_answer'],
        ['Vega', 'reached'],
      ];
      // Each target twice, once by each organizer, all at once.
      const responses = await Promise.all(
        plan.flatMap(([name, outcome]) => [
          log(organizer, target[name], { outcome }),
          log(organizer2, target[name], { outcome, note: 'second caller' }),
        ]),
      );
      expect(responses.every((r) => r.status === 201)).toBe(true);
      for (const [name] of plan) expect(await attemptsOf(target[name].id)).toHaveLength(2);
      const d = await detail(drive.id);
      expect(d.progress).toEqual({ targets: 5, worked: 5, reached: 4, committed: 2, done: 4 });
      expect(d.byOrganizer).toEqual([{ assignee: null, targets: 5, worked: 5, reached: 4, committed: 2, done: 4 }]);
      const commitments = await organizer.get(`/api/outreach/drives/${drive.id}/commitments`).expect(200);
      expect(commitments.body.total).toBe(2);
    });
  });
});
