import { insertContacts } from './factories/contact.factory';
import { insertOrganizations } from './factories/organization.factory';
import { startTestApp, type TestApp } from './test-app';

const UNKNOWN_ID = '6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00';

describe('a contact’s affiliations', () => {
  let t: TestApp;
  let casa: string;
  let clinic: string;

  beforeAll(async () => {
    t = await startTestApp();
    const orgs = await insertOrganizations(
      t.dataSource,
      { name: 'Casa del Pueblo', city: 'Lawrence' },
      { name: 'Harborlight Health Center', kind: 'health_center', city: 'New Bedford' },
    );
    [casa, clinic] = orgs.map((o) => o.id);
  });
  afterAll(() => t.close());

  const newContact = async (firstName = 'Lucía') =>
    (await insertContacts(t.dataSource, { firstName, lastName: 'Gómez' }))[0].id;
  const add = (contactId: string, body: object) =>
    t.http().post(`/api/contacts/${contactId}/affiliations`).send(body);
  const patch = (contactId: string, id: string, body: object) =>
    t.http().patch(`/api/contacts/${contactId}/affiliations/${id}`).send(body);

  it('adds an affiliation and answers its detail with the organization’s name', async () => {
    const contactId = await newContact();
    const res = await add(contactId, {
      organizationId: casa,
      role: 'staff',
      startedOn: '2023-02-01',
      note: 'Youth organizer',
    }).expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      contactId,
      organizationId: casa,
      organizationName: 'Casa del Pueblo',
      role: 'staff',
      startedOn: '2023-02-01',
      endedOn: null,
      note: 'Youth organizer',
      current: true,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const detail = await t.http().get(`/api/contacts/${contactId}`).expect(200);
    expect(detail.body.affiliations).toEqual([res.body]);
    const list = await t.http().get(`/api/contacts?organizationId=${casa}&role=staff`).expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([contactId]);
    expect(list.body.items[0].organizations).toEqual([
      { organizationId: casa, organizationName: 'Casa del Pueblo', role: 'staff' },
    ]);
  });

  it('answers 409 for the same current role at the same organization, but allows another role', async () => {
    const contactId = await newContact();
    await add(contactId, { organizationId: casa, role: 'board' }).expect(201);
    const duplicate = await add(contactId, {
      organizationId: casa,
      role: 'board',
      startedOn: '2024-01-01',
    }).expect(409);
    expect(duplicate.body).toMatchObject({
      statusCode: 409,
      code: 'affiliation_duplicate',
      fields: [{ path: 'role', message: 'is already held by this contact at this organization' }],
    });
    await add(contactId, { organizationId: casa, role: 'volunteer' }).expect(201);
    await add(contactId, { organizationId: clinic, role: 'board' }).expect(201);
    const detail = await t.http().get(`/api/contacts/${contactId}`).expect(200);
    expect(detail.body.affiliations).toHaveLength(3);
  });

  it('refuses an unknown organization with a 422 naming organizationId', async () => {
    const contactId = await newContact();
    const res = await add(contactId, { organizationId: UNKNOWN_ID, role: 'member' }).expect(422);
    expect(res.body).toEqual({
      statusCode: 422,
      code: 'affiliation_organization_unknown',
      message: `No organization has the id ${UNKNOWN_ID}`,
      fields: [{ path: 'organizationId', message: 'is not a known organization' }],
    });
  });

  it('answers 404 for an unknown contact and 400 for bad input', async () => {
    const missing = await add(UNKNOWN_ID, { organizationId: casa, role: 'member' }).expect(404);
    expect(missing.body.code).toBe('contact_not_found');
    const contactId = await newContact();
    const cases: [object, string, string][] = [
      [{ role: 'member' }, 'organizationId', 'must be a UUID'],
      [{ organizationId: 'casa', role: 'member' }, 'organizationId', 'must be a UUID'],
      [{ organizationId: casa, role: 'boss' }, 'role', 'must be one of'],
      [
        { organizationId: casa, role: 'member', startedOn: '01/02/2024' },
        'startedOn',
        'YYYY-MM-DD',
      ],
      [
        { organizationId: casa, role: 'member', startedOn: '2024-05-01', endedOn: '2024-04-30' },
        'endedOn',
        'must not be before startedOn',
      ],
      [{ organizationId: casa, role: 'member', note: 'n'.repeat(501) }, 'note', 'at most 500'],
      [{ organizationId: casa, role: 'member', contactId }, 'contactId', 'not a known field'],
    ];
    for (const [body, path, message] of cases) {
      const res = await add(contactId, body).expect(400);
      expect({ body, fields: res.body.fields }).toEqual({
        body,
        fields: expect.arrayContaining([
          expect.objectContaining({ path, message: expect.stringContaining(message) }),
        ]),
      });
    }
    const detail = await t.http().get(`/api/contacts/${contactId}`).expect(200);
    expect(detail.body.affiliations).toEqual([]);
  });

  it('ends an affiliation with PATCH endedOn, after which it is past and the role can be held again', async () => {
    const contactId = await newContact();
    const { body: created } = await add(contactId, {
      organizationId: clinic,
      role: 'executive_director',
      startedOn: '2010-01-01',
    }).expect(201);
    const ended = await patch(contactId, created.id, { endedOn: '2024-06-30', version: 1 }).expect(
      200,
    );
    expect(ended.body).toMatchObject({
      endedOn: '2024-06-30',
      current: false,
      version: 2,
      startedOn: '2010-01-01',
    });
    const list = await t
      .http()
      .get(`/api/contacts?organizationId=${clinic}&role=executive_director`)
      .expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(contactId);
    await add(contactId, {
      organizationId: clinic,
      role: 'executive_director',
      startedOn: '2025-01-01',
    }).expect(201);
    // Making the ended one current again would hold the role twice.
    const revived = await patch(contactId, created.id, { endedOn: null }).expect(409);
    expect(revived.body).toMatchObject({
      code: 'affiliation_duplicate',
      fields: [{ path: 'role' }],
    });
    const detail = await t.http().get(`/api/contacts/${contactId}`).expect(200);
    expect(detail.body.affiliations.map((a: { current: boolean }) => a.current)).toEqual([
      true,
      false,
    ]);
  });

  it('changes role, dates and note, and answers 409 with the current affiliation for a stale version', async () => {
    const contactId = await newContact();
    const { body: created } = await add(contactId, {
      organizationId: casa,
      role: 'volunteer',
    }).expect(201);
    const changed = await patch(contactId, created.id, {
      role: 'staff',
      note: 'Hired in March',
      startedOn: '2025-03-01',
    }).expect(200);
    expect(changed.body).toMatchObject({
      role: 'staff',
      note: 'Hired in March',
      startedOn: '2025-03-01',
      version: 2,
    });
    const stale = await patch(contactId, created.id, { note: 'other', version: 1 }).expect(409);
    expect(stale.body).toMatchObject({
      code: 'affiliation_version_conflict',
      current: { note: 'Hired in March', version: 2 },
    });
    const cleared = await patch(contactId, created.id, { note: '', version: 2 }).expect(200);
    expect(cleared.body).toMatchObject({ note: null, version: 3 });
    const before = await patch(contactId, created.id, { endedOn: '2025-02-01' }).expect(400);
    expect(before.body.fields).toEqual([
      { path: 'endedOn', message: 'must not be before startedOn' },
    ]);
    const moved = await patch(contactId, created.id, { organizationId: clinic }).expect(400);
    expect(moved.body.fields).toEqual([
      { path: 'organizationId', message: 'is not a known field' },
    ]);
  });

  it('answers 404 for an affiliation that is unknown or belongs to another contact', async () => {
    const owner = await newContact('Owner');
    const other = await newContact('Other');
    const { body: created } = await add(owner, { organizationId: casa, role: 'member' }).expect(
      201,
    );
    const wrongContact = await patch(other, created.id, { note: 'x' }).expect(404);
    expect(wrongContact.body.code).toBe('affiliation_not_found');
    await patch(owner, UNKNOWN_ID, { note: 'x' }).expect(404);
    await t.http().delete(`/api/contacts/${other}/affiliations/${created.id}`).expect(404);
    const malformed = await patch(owner, 'nope', { note: 'x' }).expect(400);
    expect(malformed.body.fields).toEqual([{ path: 'affiliationId', message: 'must be a UUID' }]);
  });

  it('removes a mistaken affiliation with DELETE', async () => {
    const contactId = await newContact();
    const { body: created } = await add(contactId, {
      organizationId: clinic,
      role: 'member',
    }).expect(201);
    const res = await t
      .http()
      .delete(`/api/contacts/${contactId}/affiliations/${created.id}`)
      .expect(204);
    expect(res.text).toBe('');
    await t.http().delete(`/api/contacts/${contactId}/affiliations/${created.id}`).expect(404);
    const detail = await t.http().get(`/api/contacts/${contactId}`).expect(200);
    expect(detail.body.affiliations).toEqual([]);
  });

  it('leaves the contact’s own version alone, so an open contact form does not go stale', async () => {
    const contactId = await newContact();
    await add(contactId, { organizationId: casa, role: 'member' }).expect(201);
    const detail = await t.http().get(`/api/contacts/${contactId}`).expect(200);
    expect(detail.body.version).toBe(1);
  });
});
