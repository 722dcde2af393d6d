import { insertIssues } from './factories/issue.factory';
import { insertOrganizations } from './factories/organization.factory';
import { startTestApp, type TestApp } from './test-app';

const UNKNOWN = '6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00';
const CONTACT = '0b7e3f3a-9c59-4c1b-8f5e-2a6d7c1e9f10';

describe('writing campaigns', () => {
  let t: TestApp;
  let issues: string[];
  beforeAll(async () => {
    t = await startTestApp();
    await t.dataSource.query(`INSERT INTO contact (id, first_name, last_name) VALUES ($1, 'Rosa', 'Mendes')`, [CONTACT]);
    issues = (
      await insertIssues(
        t.dataSource,
        { title: 'Safe Communities Act', tier: 1 },
        { title: 'ESOL budget', tier: 3 },
      )
    ).map((i) => i.id);
  });
  afterAll(() => t.close());

  const create = (body: object) => t.http().post('/api/campaigns').send(body);
  const base = { kind: 'workforce_esol', startsOn: '2025-01-01' };

  it('creates a campaign with its issues and goals in one request, unicode intact', async () => {
    const res = await create({
      ...base,
      name: '  English Works — Inglés que Funciona ✓ ',
      endsOn: '2026-12-31',
      issueIds: [issues[1]],
      goals: [
        { label: 'Workers enrolled in ESOL', unit: 'workers', target: 400 },
        { label: 'Employer partners', unit: 'employers', target: 25 },
      ],
    }).expect(201);
    expect(res.body).toMatchObject({
      name: 'English Works — Inglés que Funciona ✓',
      kind: 'workforce_esol',
      startsOn: '2025-01-01',
      endsOn: '2026-12-31',
      issues: [{ id: issues[1], title: 'ESOL budget', tier: 3, status: 'active' }],
      goals: [
        {
          label: 'Workers enrolled in ESOL',
          unit: 'workers',
          target: 400,
          achieved: 0,
          percent: 0,
        },
        { label: 'Employer partners', unit: 'employers', target: 25, achieved: 0, percent: 0 },
      ],
      participantCount: 0,
      contributionSeries: [
        expect.objectContaining({ points: [] }),
        expect.objectContaining({ points: [] }),
      ],
      version: 1,
    });
    const again = await t.http().get(`/api/campaigns/${res.body.id}`).expect(200);
    expect(again.body.name).toBe('English Works — Inglés que Funciona ✓');
  });

  it.each([
    [{ ...base }, 'name', 'must be text'],
    [{ ...base, name: 'x'.repeat(201) }, 'name', 'at most 200'],
    [{ ...base, name: 'A', kind: 'parade' }, 'kind', 'must be one of'],
    [{ ...base, name: 'A', startsOn: '2025-13-01' }, 'startsOn', 'YYYY-MM-DD'],
    [{ ...base, name: 'A', endsOn: '2024-12-31' }, 'endsOn', 'on or after startsOn'],
    [{ ...base, name: 'A', issueIds: ['nope'] }, 'issueIds.0', 'must be a UUID'],
    [{ ...base, name: 'A', issueIds: 'x' }, 'issueIds', 'list of issue ids'],
    [
      { ...base, name: 'A', goals: [{ label: 'Voters', unit: 'voters', target: 0 }] },
      'goals.0.target',
      'more than 0',
    ],
    [
      { ...base, name: 'A', goals: [{ label: 'Voters', unit: 'voters', target: '10' }] },
      'goals.0.target',
      'must be a number',
    ],
    [
      { ...base, name: 'A', goals: [{ label: 'Voters', unit: 'voters', target: 10, id: UNKNOWN }] },
      'goals.0.id',
      'not a known field',
    ],
    [
      {
        ...base,
        name: 'A',
        goals: [
          { label: 'V', unit: 'v', target: 1 },
          { label: 'v', unit: 'v', target: 2 },
        ],
      },
      'goals',
      'must not repeat a label',
    ],
    [{ ...base, name: 'A', budget: 100 }, 'budget', 'not a known field'],
  ])('refuses %j with a 400 naming %s', async (body, field, message) => {
    const res = await create(body).expect(400);
    expect(res.body.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: field, message: expect.stringContaining(message) }),
      ]),
    );
  });

  it('answers 404 naming issueIds for an unknown issue, creating nothing', async () => {
    const res = await create({ ...base, name: 'Orphan', issueIds: [issues[0], UNKNOWN] }).expect(
      404,
    );
    expect(res.body).toMatchObject({ code: 'issue_not_found', fields: [{ path: 'issueIds' }] });
    expect((await t.http().get('/api/campaigns?q=orphan').expect(200)).body.total).toBe(0);
  });

  it('refuses a second campaign with the same name', async () => {
    await create({ ...base, name: 'Welcoming Massachusetts' }).expect(201);
    const dup = await create({ ...base, name: 'welcoming massachusetts' }).expect(409);
    expect(dup.body).toMatchObject({ code: 'campaign_duplicate', fields: [{ path: 'name' }] });
  });

  it('updates fields with the version, checking dates against the stored ones', async () => {
    const { body: created } = await create({
      ...base,
      name: 'Redistricting',
      kind: 'redistricting',
      endsOn: '2025-06-30',
    }).expect(201);
    const early = await t
      .http()
      .patch(`/api/campaigns/${created.id}`)
      .send({ version: 1, startsOn: '2025-07-01' })
      .expect(400);
    expect(early.body.fields).toEqual([
      { path: 'endsOn', message: 'must be on or after startsOn (2025-07-01)' },
    ]);
    const res = await t
      .http()
      .patch(`/api/campaigns/${created.id}`)
      .send({ version: 1, endsOn: null, issueIds: issues })
      .expect(200);
    expect(res.body).toMatchObject({ endsOn: null, version: 2, name: 'Redistricting' });
    expect(res.body.issues.map((i: { id: string }) => i.id)).toEqual(issues);
    const stale = await t
      .http()
      .patch(`/api/campaigns/${created.id}`)
      .send({ version: 1, summary: 'late' })
      .expect(409);
    expect(stale.body).toMatchObject({
      code: 'campaign_version_conflict',
      current: { version: 2, endsOn: null },
    });
    await t
      .http()
      .patch(`/api/campaigns/${UNKNOWN}`)
      .send({ version: 1, summary: 'x' })
      .expect(404);
  });

  it('replaces goals: kept ids keep their contributions, new ones are added, unused ones go', async () => {
    const { body: created } = await create({
      ...base,
      name: 'New Americans Vote',
      kind: 'voter_engagement',
      goals: [
        { label: 'New voters registered', unit: 'voters', target: 1500 },
        { label: 'Phone calls', unit: 'calls', target: 100 },
      ],
    }).expect(201);
    const [voters, calls] = created.goals.map((g: { goalId: string }) => g.goalId);
    await t
      .http()
      .post(`/api/campaigns/${created.id}/contributions`)
      .send({ goalId: voters, amount: 120, recordedOn: '2026-07-14' })
      .expect(201);
    const res = await t
      .http()
      .patch(`/api/campaigns/${created.id}`)
      .send({
        version: 1,
        goals: [
          { label: 'Door knocks', unit: 'doors', target: 5000 },
          { id: voters, label: 'New voters registered (summer)', unit: 'voters', target: 1600 },
        ],
      })
      .expect(200);
    expect(res.body.goals).toEqual([
      {
        goalId: expect.any(String),
        label: 'Door knocks',
        unit: 'doors',
        target: 5000,
        achieved: 0,
        percent: 0,
      },
      {
        goalId: voters,
        label: 'New voters registered (summer)',
        unit: 'voters',
        target: 1600,
        achieved: 120,
        percent: 7,
      },
    ]);
    expect(res.body.goals.map((g: { goalId: string }) => g.goalId)).not.toContain(calls);
  });

  it('refuses with 409 to drop a goal that has contributions, changing nothing', async () => {
    const { body: created } = await create({
      ...base,
      name: 'Cover All Kids Lobby Day',
      kind: 'legislative',
      goals: [{ label: 'Legislators visited', unit: 'offices', target: 60 }],
    }).expect(201);
    const [goal] = created.goals.map((g: { goalId: string }) => g.goalId);
    await t
      .http()
      .post(`/api/campaigns/${created.id}/contributions`)
      .send({ goalId: goal, amount: 12, recordedOn: '2026-03-03' })
      .expect(201);
    const res = await t
      .http()
      .patch(`/api/campaigns/${created.id}`)
      .send({ version: 1, name: 'Renamed', goals: [] })
      .expect(409);
    expect(res.body).toMatchObject({ code: 'goal_has_contributions', fields: [{ path: 'goals' }] });
    expect(res.body.message).toContain('"Legislators visited"');
    const after = await t.http().get(`/api/campaigns/${created.id}`).expect(200);
    expect(after.body).toMatchObject({
      name: 'Cover All Kids Lobby Day',
      version: 1,
      goals: [{ goalId: goal, achieved: 12 }],
    });
  });

  it('refuses a goal id that belongs to another campaign', async () => {
    const { body: a } = await create({
      ...base,
      name: 'Campaign A',
      goals: [{ label: 'G', unit: 'u', target: 1 }],
    }).expect(201);
    const { body: b } = await create({ ...base, name: 'Campaign B' }).expect(201);
    const res = await t
      .http()
      .patch(`/api/campaigns/${b.id}`)
      .send({ version: 1, goals: [{ id: a.goals[0].goalId, label: 'G', unit: 'u', target: 1 }] })
      .expect(400);
    expect(res.body).toMatchObject({
      code: 'goal_not_in_campaign',
      fields: [{ path: 'goals.0.id' }],
    });
  });

  it('archives a campaign out of the list and restores it', async () => {
    const { body: created } = await create({ ...base, name: 'Budget for ESOL' }).expect(201);
    await t.http().post(`/api/campaigns/${created.id}/archive`).send({ version: 1 }).expect(200);
    expect((await t.http().get('/api/campaigns?q=budget for').expect(200)).body.total).toBe(0);
    await t.http().post(`/api/campaigns/${created.id}/restore`).send({ version: 1 }).expect(409);
    const restored = await t
      .http()
      .post(`/api/campaigns/${created.id}/restore`)
      .send({ version: 2 })
      .expect(200);
    expect(restored.body.archivedAt).toBeNull();
    expect((await t.http().get('/api/campaigns?q=budget for').expect(200)).body.total).toBe(1);
  });
});

describe('campaign participants and contributions', () => {
  let t: TestApp;
  let campaign: { id: string; goals: { goalId: string }[] };
  let other: { id: string; goals: { goalId: string }[] };
  let org: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.dataSource.query(`INSERT INTO contact (id, first_name, last_name) VALUES ($1, 'Rosa', 'Mendes')`, [CONTACT]);
    [{ id: org }] = await insertOrganizations(t.dataSource, {
      name: 'Sandpiper Refugee Services',
      kind: 'refugee_resettlement',
    });
    const goals = [{ label: 'New voters registered', unit: 'voters', target: 1500 }];
    campaign = (
      await t
        .http()
        .post('/api/campaigns')
        .send({
          name: 'New Americans Vote',
          kind: 'voter_engagement',
          startsOn: '2024-01-01',
          goals,
        })
        .expect(201)
    ).body;
    other = (
      await t
        .http()
        .post('/api/campaigns')
        .send({ name: 'Other', kind: 'budget', startsOn: '2024-01-01', goals })
        .expect(201)
    ).body;
  });
  afterAll(() => t.close());

  const participants = (campaignId = campaign.id) => `/api/campaigns/${campaignId}/participants`;
  const contributions = (campaignId = campaign.id) => `/api/campaigns/${campaignId}/contributions`;

  it('adds an organization as a participant, joined today unless a date is sent', async () => {
    const [{ today }] = await t.dataSource.query<{ today: string }[]>(
      'SELECT current_date::text AS today',
    );
    const res = await t
      .http()
      .post(participants())
      .send({ organizationId: org, role: 'lead_partner', note: 'Hosts tables ✓' })
      .expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      role: 'lead_partner',
      organization: { id: org, name: 'Sandpiper Refugee Services', kind: 'refugee_resettlement' },
      contact: null,
      joinedOn: today,
      note: 'Hosts tables ✓',
      contributed: 0,
    });
  });

  it('answers 409 when the organization already takes part with that role, not with another role', async () => {
    const dup = await t
      .http()
      .post(participants())
      .send({ organizationId: org, role: 'lead_partner' })
      .expect(409);
    expect(dup.body).toMatchObject({
      code: 'participation_duplicate',
      fields: [{ path: 'organizationId', message: 'already takes part as lead_partner' }],
    });
    await t
      .http()
      .post(participants())
      .send({ organizationId: org, role: 'funder', joinedOn: '2024-05-01' })
      .expect(201);
  });

  it('adds a contact by id, and refuses the same contact twice in a role', async () => {
    const res = await t
      .http()
      .post(participants())
      .send({ contactId: CONTACT, role: 'participant', joinedOn: null })
      .expect(201);
    expect(res.body).toMatchObject({
      organization: null,
      contact: { id: CONTACT, name: 'Rosa Mendes' },
      joinedOn: null,
    });
    const dup = await t
      .http()
      .post(participants())
      .send({ contactId: CONTACT, role: 'participant' })
      .expect(409);
    expect(dup.body.fields).toEqual([
      { path: 'contactId', message: 'already takes part as participant' },
    ]);
  });

  it.each([
    [{ role: 'participant' }, 'organizationId', 'exactly one of organizationId or contactId'],
    [
      { organizationId: UNKNOWN, contactId: CONTACT, role: 'participant' },
      'organizationId',
      'exactly one',
    ],
    [{ organizationId: UNKNOWN, role: 'sponsor' }, 'role', 'must be one of'],
    [{ organizationId: 'abc', role: 'participant' }, 'organizationId', 'must be a UUID'],
    [
      { organizationId: UNKNOWN, role: 'participant', note: 'x'.repeat(1001) },
      'note',
      'at most 1000',
    ],
    [{ organizationId: UNKNOWN, role: 'participant', hours: 3 }, 'hours', 'not a known field'],
  ])('refuses participant %j with a 400 naming %s', async (body, field, message) => {
    const res = await t.http().post(participants()).send(body).expect(400);
    expect(res.body.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: field, message: expect.stringContaining(message) }),
      ]),
    );
  });

  it('answers 404 for an unknown organization or campaign', async () => {
    const noOrg = await t
      .http()
      .post(participants())
      .send({ organizationId: UNKNOWN, role: 'endorser' })
      .expect(404);
    expect(noOrg.body).toMatchObject({
      code: 'organization_not_found',
      fields: [{ path: 'organizationId' }],
    });
    const noCampaign = await t
      .http()
      .post(participants(UNKNOWN))
      .send({ organizationId: org, role: 'endorser' })
      .expect(404);
    expect(noCampaign.body.code).toBe('campaign_not_found');
  });

  it('records contributions toward a goal, credited to a participant, and sums them into progress', async () => {
    const detail = (await t.http().get(`/api/campaigns/${campaign.id}`).expect(200)).body;
    const lead = detail.participants.lead_partner[0].id;
    const goalId = campaign.goals[0].goalId;
    const res = await t
      .http()
      .post(contributions())
      .send({
        goalId,
        participationId: lead,
        amount: 120,
        recordedOn: '2026-07-14',
        note: 'Chelsea — día de registro',
      })
      .expect(201);
    expect(res.body).toMatchObject({
      goalId,
      participationId: lead,
      participantName: 'Sandpiper Refugee Services',
      amount: 120,
      note: 'Chelsea — día de registro',
    });
    await t
      .http()
      .post(contributions())
      .send({ goalId, amount: 1400, recordedOn: '2026-08-02' })
      .expect(201);
    const after = (await t.http().get(`/api/campaigns/${campaign.id}`).expect(200)).body;
    expect(after.goals[0]).toMatchObject({ achieved: 1520, percent: 101 });
    expect(after.participants.lead_partner[0].contributed).toBe(120);
    expect(after.contributionSeries[0].points).toEqual([
      { month: '2026-07', amount: 120, cumulative: 120 },
      { month: '2026-08', amount: 1400, cumulative: 1520 },
    ]);
    const orgCampaigns = await t.http().get(`/api/organizations/${org}/campaigns`).expect(200);
    expect(
      orgCampaigns.body.map((c: { role: string; contributed: number }) => [c.role, c.contributed]),
    ).toEqual(
      expect.arrayContaining([
        ['lead_partner', 120],
        ['funder', 0],
      ]),
    );
  });

  it('refuses a contribution to a goal or by a participant of another campaign', async () => {
    const wrongGoal = await t
      .http()
      .post(contributions())
      .send({ goalId: other.goals[0].goalId, amount: 5, recordedOn: '2026-01-01' })
      .expect(400);
    expect(wrongGoal.body).toMatchObject({
      code: 'goal_not_in_campaign',
      fields: [{ path: 'goalId' }],
    });
    const stranger = (
      await t
        .http()
        .post(participants(other.id))
        .send({ organizationId: org, role: 'endorser' })
        .expect(201)
    ).body;
    const wrongParticipant = await t
      .http()
      .post(contributions())
      .send({
        goalId: campaign.goals[0].goalId,
        participationId: stranger.id,
        amount: 5,
        recordedOn: '2026-01-01',
      })
      .expect(400);
    expect(wrongParticipant.body).toMatchObject({
      code: 'participation_not_in_campaign',
      fields: [{ path: 'participationId' }],
    });
    const total = (await t.http().get(contributions()).expect(200)).body.total;
    expect(total).toBe(2);
  });

  it.each([
    [{ amount: 0 }, 'amount', 'more than 0'],
    [{ amount: -3 }, 'amount', 'more than 0'],
    [{ amount: 2.5 }, 'amount', 'whole number'],
    [{ amount: '10' }, 'amount', 'must be a number'],
    [{ recordedOn: 'yesterday' }, 'recordedOn', 'YYYY-MM-DD'],
    [{ goalId: 'g' }, 'goalId', 'must be a UUID'],
    [{ campaignId: UNKNOWN }, 'campaignId', 'not a known field'],
  ])('refuses contribution %j with a 400 naming %s', async (override, field, message) => {
    const body = {
      goalId: campaign.goals[0].goalId,
      amount: 10,
      recordedOn: '2026-07-01',
      ...override,
    };
    const res = await t.http().post(contributions()).send(body).expect(400);
    expect(res.body.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: field, message: expect.stringContaining(message) }),
      ]),
    );
  });

  it('changes a participant’s role, refusing one it already holds', async () => {
    const detail = (await t.http().get(`/api/campaigns/${campaign.id}`).expect(200)).body;
    const funder = detail.participants.funder[0].id;
    const clash = await t
      .http()
      .patch(`${participants()}/${funder}`)
      .send({ role: 'lead_partner' })
      .expect(409);
    expect(clash.body.code).toBe('participation_duplicate');
    const res = await t
      .http()
      .patch(`${participants()}/${funder}`)
      .send({ role: 'endorser', note: 'Now endorses' })
      .expect(200);
    expect(res.body).toMatchObject({
      id: funder,
      role: 'endorser',
      note: 'Now endorses',
      joinedOn: '2024-05-01',
    });
    await t.http().patch(`${participants()}/${UNKNOWN}`).send({ note: 'x' }).expect(404);
    await t.http().patch(`${participants()}/${funder}`).send({ organizationId: org }).expect(400);
  });

  it('removes a participant without contributions, and refuses one with contributions', async () => {
    const detail = (await t.http().get(`/api/campaigns/${campaign.id}`).expect(200)).body;
    const lead = detail.participants.lead_partner[0].id;
    const contact = detail.participants.participant[0].id;
    const refused = await t.http().delete(`${participants()}/${lead}`).expect(409);
    expect(refused.body.code).toBe('participation_has_contributions');
    await t.http().delete(`${participants()}/${contact}`).expect(204);
    await t.http().delete(`${participants()}/${contact}`).expect(404);
    const audit = await t.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_event WHERE entity_type = 'participation' AND entity_id = $1 ORDER BY id`,
      [contact],
    );
    expect(audit.map((a) => a.action)).toEqual(['create', 'delete']);
    // A participation is only reachable through its own campaign.
    await t
      .http()
      .delete(`${participants(other.id)}/${lead}`)
      .expect(404);
  });
});
