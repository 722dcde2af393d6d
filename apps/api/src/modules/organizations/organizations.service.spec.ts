import type { DataSource } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import type { AuditService } from '../audit/audit.service';
import type { OrganizationEntity } from './organization.entity';
import type { OrganizationsRepository } from './organizations.repository';
import { OrganizationsService } from './organizations.service';

function entity(overrides: Partial<OrganizationEntity> = {}): OrganizationEntity {
  return {
    id: '2b0f5b1e-6d1c-4f7a-9a51-6f4f1f0f0001',
    name: 'Lantern Family Services',
    kind: 'social_service',
    description: null,
    city: 'Lowell',
    municipality: { name: 'Lowell', county: 'Middlesex', countyFips: '25017', kind: 'city' },
    streetAddress: null,
    zip: null,
    website: null,
    email: null,
    phone: null,
    membershipStatus: 'active',
    joinedOn: '2012-04-01',
    annualDuesCents: 15000,
    duesPaidThrough: '2026-12-31',
    languages: ['km'],
    tags: ['esol'],
    notes: null,
    version: 3,
    createdAt: new Date('2024-01-01T00:00:00Z'),
    updatedAt: new Date('2024-02-01T00:00:00Z'),
    archivedAt: null,
    ...overrides,
  };
}

describe('OrganizationsService', () => {
  const repository = { list: jest.fn(), findById: jest.fn() };
  const dataSource = { transaction: jest.fn() };
  const service = new OrganizationsService(
    repository as unknown as OrganizationsRepository,
    dataSource as unknown as DataSource,
    { record: jest.fn() } as unknown as AuditService,
  );

  it('answers a list page with the county from the municipality', async () => {
    repository.list.mockResolvedValue({ rows: [entity()], total: 41 });
    const page = await service.list({ page: 2, pageSize: 20, sort: 'name' });
    expect(page).toEqual({
      items: [expect.objectContaining({ name: 'Lantern Family Services', county: 'Middlesex', languages: ['km'] })],
      total: 41,
      page: 2,
      pageSize: 20,
    });
  });

  it('maps the detail with ISO timestamps and the version for later updates', async () => {
    repository.findById.mockResolvedValue(entity());
    await expect(service.get('x')).resolves.toMatchObject({
      version: 3,
      createdAt: '2024-01-01T00:00:00.000Z',
      annualDuesCents: 15000,
    });
  });

  it('throws a not-found domain error for an unknown id', async () => {
    repository.findById.mockResolvedValue(null);
    await expect(service.get('missing')).rejects.toMatchObject({
      constructor: DomainError,
      kind: 'not_found',
      code: 'organization_not_found',
    });
  });
});
