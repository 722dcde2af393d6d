import type { EngagementSubjectType } from '@coalition/contracts';
import { DomainError } from '../../common/domain-error';

/** Unknown, or archived (archived members are not scored). */
export function engagementSubjectNotFound(type: EngagementSubjectType, id: string): DomainError {
  const code = type === 'organization' ? 'organization_not_found' : 'contact_not_found';
  return new DomainError('not_found', code, `No current ${type} has the id ${id}`);
}
