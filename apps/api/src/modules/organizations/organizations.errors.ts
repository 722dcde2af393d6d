import { DomainError } from '../../common/domain-error';

export function organizationNotFound(id: string): DomainError {
  return new DomainError('not_found', 'organization_not_found', `No organization has the id ${id}`);
}
