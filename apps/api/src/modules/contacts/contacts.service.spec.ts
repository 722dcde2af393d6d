import type { DataSource, EntityManager } from 'typeorm';
import type { CreateContact } from '@coalition/contracts';
import { DomainError } from '../../common/domain-error';
import type { OrganizationsService } from '../organizations/organizations.service';
import type { AffiliationsRepository } from './affiliations.repository';
import type { AffiliationsService } from './affiliations.service';
import type { ContactEntity } from './contact.entity';
import type { ContactsRepository } from './contacts.repository';
import { ContactsService } from './contacts.service';
import type { AuditService } from '../audit/audit.service';

const ID = '2b0f5b1e-6d1c-4f7a-9a51-6f4f1f0f0001';

function entity(overrides: Partial<ContactEntity> = {}): ContactEntity {
  return {
    id: ID,
    firstName: 'Amina',
    lastName: 'Warsame',
    preferredName: null,
    pronouns: null,
    city: 'Springfield',
    municipality: { name: 'Springfield', county: 'Hampden', countyFips: '25013', kind: 'city' },
    languages: ['so', 'en'],
    consentEmailGranted: true,
    consentEmailRecordedOn: '2025-01-10',
    consentEmailSource: 'sign-up form',
    consentSmsGranted: false,
    consentSmsRecordedOn: null,
    consentSmsSource: null,
    consentPhoneGranted: false,
    consentPhoneRecordedOn: null,
    consentPhoneSource: null,
    tags: [],
    notes: null,
    version: 4,
    createdAt: new Date('2024-01-01T00:00:00Z'),
    updatedAt: new Date('2024-02-01T00:00:00Z'),
    archivedAt: null,
    ...overrides,
  };
}

function input(overrides: Partial<CreateContact> = {}): CreateContact {
  return {
    firstName: 'Amina',
    lastName: 'Warsame',
    emails: [],
    phones: [],
    languages: [],
    consent: {},
    tags: [],
    affiliations: [],
    ...overrides,
  };
}

describe('ContactsService', () => {
  const repository = {
    list: jest.fn(),
    findById: jest.fn(),
    emailsOf: jest.fn().mockResolvedValue([]),
    phonesOf: jest.fn().mockResolvedValue([]),
    primaryEmails: jest.fn(),
    primaryPhones: jest.fn(),
    insert: jest.fn().mockResolvedValue(ID),
    replaceEmails: jest.fn(),
    replacePhones: jest.fn(),
    updateIfVersion: jest.fn(),
  };
  const affiliationRows = { forContact: jest.fn().mockResolvedValue([]), current: jest.fn() };
  const affiliations = { addAll: jest.fn() };
  const manager = {} as EntityManager;
  const dataSource = {
    transaction: jest.fn((work: (m: EntityManager) => unknown) => work(manager)),
  };
  const service = new ContactsService(
    repository as unknown as ContactsRepository,
    affiliationRows as unknown as AffiliationsRepository,
    affiliations as unknown as AffiliationsService,
    {} as OrganizationsService,
    dataSource as unknown as DataSource,
    { record: jest.fn() } as unknown as AuditService,
  );

  beforeEach(() => jest.clearAllMocks());

  it('builds list items from one query each for emails, phones and affiliations', async () => {
    repository.list.mockResolvedValue({
      rows: [entity(), entity({ id: 'other', preferredName: 'Ami' })],
      total: 2,
    });
    repository.primaryEmails.mockResolvedValue(new Map([[ID, 'amina@example.org']]));
    repository.primaryPhones.mockResolvedValue(new Map());
    affiliationRows.current.mockResolvedValue([
      {
        contactId: ID,
        organizationId: 'o1',
        organizationName: 'Open Door Welcome Center',
        role: 'staff',
      },
    ]);
    const page = await service.list({ page: 1, pageSize: 25, sort: 'name', language: ['so'] });
    expect(repository.list).toHaveBeenCalledWith(
      // No signed-in actor may see contact details here, so the search would match names only.
      { language: ['so'], searchNamesOnly: true },
      { page: 1, pageSize: 25, sort: 'name' },
    );
    expect(repository.primaryEmails).toHaveBeenCalledWith([ID, 'other']);
    expect(page.items).toEqual([
      expect.objectContaining({
        displayName: 'Amina Warsame',
        county: 'Hampden',
        primaryEmail: 'amina@example.org',
        primaryPhone: null,
        organizations: [
          { organizationId: 'o1', organizationName: 'Open Door Welcome Center', role: 'staff' },
        ],
        consent: { email: true, sms: false, phone: false },
      }),
      expect.objectContaining({
        displayName: 'Ami Warsame',
        primaryEmail: null,
        organizations: [],
      }),
    ]);
  });

  it('makes the first email and phone primary when none is marked, in the create transaction', async () => {
    repository.findById.mockResolvedValue(entity());
    await service.create(
      input({
        emails: [
          { address: 'a@example.org', label: 'work', primary: false },
          { address: 'b@example.org', label: 'personal', primary: false },
        ],
        phones: [{ number: '617-555-0100', label: 'mobile', primary: false }],
      }),
    );
    expect(repository.replaceEmails).toHaveBeenCalledWith(manager, ID, [
      expect.objectContaining({ address: 'a@example.org', primary: true }),
      expect.objectContaining({ address: 'b@example.org', primary: false }),
    ]);
    expect(repository.replacePhones).toHaveBeenCalledWith(manager, ID, [
      expect.objectContaining({ primary: true }),
    ]);
    expect(affiliations.addAll).toHaveBeenCalledWith(manager, ID, []);
  });

  it('records consent given without a date as given today', async () => {
    repository.findById.mockResolvedValue(entity());
    await service.create(
      input({
        consent: {
          sms: { granted: true, source: 'text-in keyword' },
          phone: { granted: false, recordedOn: null },
        },
      }),
    );
    const today = new Date().toISOString().slice(0, 10);
    expect(repository.insert).toHaveBeenCalledWith(
      manager,
      expect.objectContaining({
        consentSmsGranted: true,
        consentSmsRecordedOn: today,
        consentSmsSource: 'text-in keyword',
        consentPhoneGranted: false,
        consentPhoneRecordedOn: null,
      }),
    );
    expect(repository.insert.mock.calls[0][1]).not.toHaveProperty('consentEmailGranted');
  });

  it('refuses two primary emails before opening a transaction', async () => {
    const emails = [
      { address: 'a@example.org', label: 'work' as const, primary: true },
      { address: 'b@example.org', label: 'work' as const, primary: true },
    ];
    await expect(service.create(input({ emails }))).rejects.toMatchObject({
      constructor: DomainError,
      kind: 'invalid',
      fields: [{ path: 'emails.1.primary', message: 'only one can be primary' }],
    });
    expect(dataSource.transaction).not.toHaveBeenCalled();
  });

  it('answers a stale version with a conflict carrying the current record, replacing no list', async () => {
    repository.findById.mockResolvedValue(entity());
    repository.updateIfVersion.mockResolvedValue(false);
    await expect(service.update(ID, { version: 3, emails: [] })).rejects.toMatchObject({
      kind: 'conflict',
      code: 'contact_version_conflict',
      details: { current: expect.objectContaining({ id: ID, version: 4 }) },
    });
    expect(repository.replaceEmails).not.toHaveBeenCalled();
  });

  it('throws a not-found domain error for an unknown id', async () => {
    repository.findById.mockResolvedValue(null);
    await expect(service.get('missing')).rejects.toMatchObject({
      kind: 'not_found',
      code: 'contact_not_found',
    });
  });
});
