import type { DataSource } from 'typeorm';
import { OrganizationEntity } from '../../src/modules/organizations/organization.entity';

export type OrganizationFields = Partial<Omit<OrganizationEntity, 'id' | 'createdAt' | 'updatedAt' | 'municipality'>>;

let sequence = 0;

/** A valid organization row; tests override only what they assert on. */
export function buildOrganization(overrides: OrganizationFields = {}): OrganizationFields {
  sequence += 1;
  return {
    name: `Test Organization ${sequence}`,
    kind: 'community_group',
    city: 'Boston',
    membershipStatus: 'active',
    joinedOn: '2020-01-15',
    languages: ['es'],
    ...overrides,
  };
}

export async function insertOrganizations(
  dataSource: DataSource,
  ...overrides: OrganizationFields[]
): Promise<OrganizationEntity[]> {
  const repository = dataSource.getRepository(OrganizationEntity);
  return repository.save(overrides.map((o) => repository.create(buildOrganization(o))));
}
