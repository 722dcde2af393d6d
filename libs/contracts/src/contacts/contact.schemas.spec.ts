import { createAffiliationSchema, updateAffiliationSchema } from './affiliation.schemas';
import {
  contactListQuerySchema,
  createContactSchema,
  updateContactSchema,
} from './contact.schemas';

describe('contactListQuerySchema', () => {
  it('fills defaults for an empty query', () => {
    expect(contactListQuerySchema.parse({})).toEqual({ page: 1, pageSize: 25, sort: 'name' });
  });

  it('reads booleans and repeated or comma-separated filters', () => {
    const query = contactListQuerySchema.parse({
      hasEmail: 'false',
      hasPhone: 'true',
      consent: 'email,sms',
      language: ['es', 'pt'],
    });
    expect(query).toMatchObject({
      hasEmail: false,
      hasPhone: true,
      consent: ['email', 'sms'],
      language: ['es', 'pt'],
    });
    expect(contactListQuerySchema.parse({ hasEmail: '' }).hasEmail).toBeUndefined();
  });

  it('refuses unknown keys, bad booleans and unknown sorts', () => {
    expect(contactListQuerySchema.safeParse({ immigrationStatus: 'x' }).success).toBe(false);
    expect(contactListQuerySchema.safeParse({ hasEmail: 'yes' }).success).toBe(false);
    expect(contactListQuerySchema.safeParse({ sort: 'email' }).success).toBe(false);
    expect(contactListQuerySchema.safeParse({ sort: '-createdAt' }).success).toBe(true);
  });
});

describe('createContactSchema', () => {
  it('fills empty lists, trims names and de-duplicates languages', () => {
    expect(
      createContactSchema.parse({
        firstName: ' Ana ',
        lastName: 'Lima',
        languages: ['pt', 'en', 'pt'],
      }),
    ).toEqual({
      firstName: 'Ana',
      lastName: 'Lima',
      emails: [],
      phones: [],
      languages: ['pt', 'en'],
      consent: {},
      tags: [],
      affiliations: [],
    });
  });

  it('labels emails and phones by default and marks none primary', () => {
    const parsed = createContactSchema.parse({
      firstName: 'A',
      lastName: 'B',
      emails: [{ address: 'a@example.org' }],
      phones: [{ number: '617-555-0100' }],
    });
    expect(parsed.emails).toEqual([
      { address: 'a@example.org', label: 'personal', primary: false },
    ]);
    expect(parsed.phones).toEqual([{ number: '617-555-0100', label: 'mobile', primary: false }]);
  });

  it.each([
    'immigrationStatus',
    'citizenshipStatus',
    'countryOfBirth',
    'documentNumber',
    'passportNumber',
  ])('has no field named %s', (field) => {
    const result = createContactSchema.safeParse({ firstName: 'A', lastName: 'B', [field]: 'x' });
    expect(result.success).toBe(false);
    expect(Object.keys(createContactSchema.shape)).not.toContain(field);
  });

  it('lets an update send any one field with the version', () => {
    expect(updateContactSchema.parse({ version: 2, city: '' })).toEqual({ version: 2, city: null });
    expect(updateContactSchema.safeParse({ city: 'Boston' }).success).toBe(false);
  });
});

describe('affiliation schemas', () => {
  const organizationId = '6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00';

  it('refuses an end before the start, naming endedOn', () => {
    const result = createAffiliationSchema.safeParse({
      organizationId,
      role: 'staff',
      startedOn: '2024-02-01',
      endedOn: '2024-01-31',
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['endedOn']);
    expect(
      createAffiliationSchema.safeParse({
        organizationId,
        role: 'staff',
        startedOn: '2024-02-01',
        endedOn: '2024-02-01',
      }).success,
    ).toBe(true);
  });

  it('does not move an affiliation to another organization on update', () => {
    expect(updateAffiliationSchema.safeParse({ organizationId }).success).toBe(false);
    expect(updateAffiliationSchema.parse({ endedOn: '2025-06-30' })).toEqual({
      endedOn: '2025-06-30',
    });
  });
});
