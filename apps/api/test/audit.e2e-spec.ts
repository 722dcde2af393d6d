import { startTestApp, type TestApp } from './test-app';

describe('the audit trail', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const count = async (where = 'true') => {
    const rows = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_event WHERE ${where}`);
    return rows[0].n;
  };
  const changes = "action NOT IN ('sign_in', 'sign_in_failed', 'permission_denied')";

  it('records exactly one event per successful write, with who, what and before/after', async () => {
    const before = await count(changes);
    const created = await t.http().post('/api/organizations').send({ name: 'Lantern Legal Aid', kind: 'legal_services', city: 'Salem' }).expect(201);
    await t.http().patch(`/api/organizations/${created.body.id}`).send({ version: 1, membershipStatus: 'active' }).expect(200);
    await t.http().post(`/api/organizations/${created.body.id}/archive`).send({ version: 2 }).expect(200);
    expect(await count(changes)).toBe(before + 3);
    const res = await t.http().get(`/api/audit?entityType=organization&entityId=${created.body.id}`).expect(200);
    expect(res.body.items.map((e: { action: string }) => e.action)).toEqual(['archive', 'update', 'create']);
    expect(res.body.items[1]).toMatchObject({
      actor: { email: 'admin@test.example.org' },
      ip: expect.any(String),
      changes: [{ field: 'membershipStatus', before: 'prospective', after: 'active' }],
    });
  });

  it('records nothing for a write that fails, and a refusal row when permission is denied', async () => {
    const before = await count(changes);
    await t.http().post('/api/organizations').send({ name: '', kind: 'school', city: 'Boston' }).expect(400);
    await t.http().patch('/api/organizations/6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00').send({ version: 1, notes: 'x' }).expect(404);
    expect(await count(changes)).toBe(before);
    const deniedBefore = await count("action = 'permission_denied'");
    const viewer = await t.as('viewer');
    await viewer.post('/api/organizations').send({ name: 'Nope', kind: 'school', city: 'Boston' }).expect(403);
    expect(await count(changes)).toBe(before);
    expect(await count("action = 'permission_denied'")).toBe(deniedBefore + 1);
  });

  it('cannot be changed or deleted, not even with SQL', async () => {
    await expect(t.dataSource.query(`UPDATE audit_event SET action = 'create'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
  });

  it('is readable by leadership and not by organizers', async () => {
    await (await t.as('leadership')).get('/api/audit').expect(200);
    await (await t.as('organizer')).get('/api/audit').expect(403);
  });
});

describe('what a viewer sees', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('never receives an email address or phone number in any list or detail', async () => {
    const org = await t.http().post('/api/organizations').send({ name: 'Seaglass Health', kind: 'health_center', city: 'Lynn', email: 'info@seaglass.example.org', phone: '781-555-0100' }).expect(201);
    const person = await t.http().post('/api/contacts').send({
      firstName: 'Ana', lastName: 'Pires', emails: [{ address: 'ana@example.org' }], phones: [{ number: '617-555-0111' }],
      affiliations: [{ organizationId: org.body.id, role: 'staff' }],
    }).expect(201);
    const viewer = await t.as('viewer');
    const bodies = await Promise.all([
      viewer.get('/api/organizations').expect(200),
      viewer.get(`/api/organizations/${org.body.id}`).expect(200),
      viewer.get('/api/contacts').expect(200),
      viewer.get(`/api/contacts/${person.body.id}`).expect(200),
      viewer.get(`/api/organizations/${org.body.id}/contacts`).expect(200),
    ]);
    for (const res of bodies) {
      const text = JSON.stringify(res.body);
      expect(text).not.toMatch(/@example\.org|555-01/);
    }
    const staffView = await (await t.as('staff')).get(`/api/contacts/${person.body.id}`).expect(200);
    expect(JSON.stringify(staffView.body)).toContain('ana@example.org');
  });
});

describe('forgetting a person', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('removes the person everywhere and blanks them in the audit trail, after confirmation', async () => {
    const created = await t.http().post('/api/contacts').send({ firstName: 'Maribel', lastName: 'Quispe', emails: [{ address: 'maribel@example.org' }], notes: 'Prefers Spanish' }).expect(201);
    const id = created.body.id as string;
    await t.http().patch(`/api/contacts/${id}`).send({ version: 1, notes: 'Lives in Chelsea' }).expect(200);
    const refused = await t.http().post(`/api/contacts/${id}/erase`).send({ reason: 'Request by email', confirmName: 'someone else' }).expect(400);
    expect(refused.body.fields).toEqual([expect.objectContaining({ path: 'confirmName' })]);
    await (await t.as('organizer')).post(`/api/contacts/${id}/erase`).send({ reason: 'x', confirmName: 'Maribel Quispe' }).expect(403);
    await t.http().get(`/api/reports/engagement/contacts/${id}`).expect(200); // scored, so a score row exists
    await t.http().post('/api/reports/engagement/recompute').send({}).expect(200); // and a history row
    // An import that created her, and one that only offered her as a near match, hold her data.
    await t.dataSource.query(
      `WITH j AS (INSERT INTO import_job (kind, file_name, format, headers, row_count, mapping)
                  VALUES ('contacts', 'members.csv', 'csv', '[]', 2, '{"columns":[]}') RETURNING id)
       INSERT INTO import_row (job_id, row_number, cells, record_id, near_matches)
       SELECT j.id, 1, '["Maribel","Quispe"]'::jsonb, $1::uuid, '[]'::jsonb FROM j
       UNION ALL SELECT j.id, 2, '["M.","Quispe"]'::jsonb, NULL, jsonb_build_array(jsonb_build_object('id', $1::text, 'label', 'Maribel Quispe', 'reason', 'same name')) FROM j`,
      [id],
    );

    const erased = await t.http().post(`/api/contacts/${id}/erase`).send({ reason: 'Request by email', confirmName: 'maribel quispe' }).expect(200);
    expect(erased.body).toMatchObject({ erased: true });
    await t.http().get(`/api/contacts/${id}`).expect(404);
    const left = JSON.stringify(await t.dataSource.query(`SELECT * FROM audit_event`));
    expect(left).not.toMatch(/Maribel|Quispe|maribel@example\.org|Chelsea|Prefers Spanish/);
    const trail = await t.http().get(`/api/audit?entityType=contact&entityId=${id}`).expect(200);
    expect(trail.body.items[0]).toMatchObject({ action: 'erase', details: { reason: 'Request by email' } });
    expect(await t.dataSource.query(`SELECT 1 FROM contact_email WHERE address_key = 'maribel@example.org'`)).toEqual([]);
    // Her engagement score and its history go with her, not at the next recompute.
    expect(await t.dataSource.query(`SELECT 1 FROM engagement_score WHERE subject_id = $1`, [id])).toEqual([]);
    expect(await t.dataSource.query(`SELECT 1 FROM engagement_score_daily WHERE subject_id = $1`, [id])).toEqual([]);
    expect(await t.dataSource.query(`SELECT 1 FROM import_row WHERE cells::text LIKE '%Quispe%'`)).toEqual([]);
  });
});
