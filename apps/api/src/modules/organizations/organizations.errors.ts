import type { OrganizationDetail } from '@coalition/contracts';
import { DomainError } from '../../common/domain-error';

export function organizationNotFound(id: string): DomainError {
  return new DomainError('not_found', 'organization_not_found', `No organization has the id ${id}`);
}

export function organizationDuplicate(name: string, city: string): DomainError {
  return new DomainError(
    'conflict',
    'organization_duplicate',
    `An organization named "${name}" already exists in ${city}`,
    [{ path: 'name', message: `already exists in ${city}` }],
  );
}

/** Someone else saved first: the body carries the current record so the form can be refreshed. */
export function organizationVersionConflict(current: OrganizationDetail): DomainError {
  return new DomainError(
    'conflict',
    'organization_version_conflict',
    `This organization was changed by someone else (now version ${current.version}); reload it and try again`,
    [{ path: 'version', message: `is stale: the current version is ${current.version}` }],
    { current },
  );
}
