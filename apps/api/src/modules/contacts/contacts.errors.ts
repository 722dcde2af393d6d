import type { AffiliationDetail, ContactDetail, FieldError } from '@coalition/contracts';
import { DomainError } from '../../common/domain-error';

export function contactNotFound(id: string): DomainError {
  return new DomainError('not_found', 'contact_not_found', `No contact has the id ${id}`);
}

/** A request that is well-formed but breaks a rule of contacts (e.g. two primary emails). */
export function contactInvalid(fields: FieldError[]): DomainError {
  const message = fields.map((f) => `${f.path}: ${f.message}`).join('; ');
  return new DomainError('invalid', 'contact_invalid', message, fields);
}

/** Someone else saved first: the body carries the current record so the form can be refreshed. */
export function contactVersionConflict(current: ContactDetail): DomainError {
  return new DomainError(
    'conflict',
    'contact_version_conflict',
    `This contact was changed by someone else (now version ${current.version}); reload it and try again`,
    [{ path: 'version', message: `is stale: the current version is ${current.version}` }],
    { current },
  );
}

export function affiliationNotFound(contactId: string, affiliationId: string): DomainError {
  return new DomainError(
    'not_found',
    'affiliation_not_found',
    `Contact ${contactId} has no affiliation with the id ${affiliationId}`,
  );
}

/** `path` points at the role field of the offending input, e.g. `affiliations.1.role`. */
export function affiliationDuplicate(path: string): DomainError {
  return new DomainError(
    'conflict',
    'affiliation_duplicate',
    'This contact already holds this role at this organization (end the current one first)',
    [{ path, message: 'is already held by this contact at this organization' }],
  );
}

export function affiliationOrganizationUnknown(path: string, organizationId: string): DomainError {
  return new DomainError(
    'unprocessable',
    'affiliation_organization_unknown',
    `No organization has the id ${organizationId}`,
    [{ path, message: 'is not a known organization' }],
  );
}

export function affiliationDatesInvalid(path: string): DomainError {
  return new DomainError(
    'invalid',
    'affiliation_invalid',
    `${path}: must not be before startedOn`,
    [{ path, message: 'must not be before startedOn' }],
  );
}

export function affiliationVersionConflict(current: AffiliationDetail): DomainError {
  return new DomainError(
    'conflict',
    'affiliation_version_conflict',
    `This affiliation was changed by someone else (now version ${current.version}); reload it and try again`,
    [{ path: 'version', message: `is stale: the current version is ${current.version}` }],
    { current },
  );
}
