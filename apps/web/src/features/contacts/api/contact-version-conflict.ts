import { type ContactDetail, contactDetailSchema } from '@coalition/contracts';
import { isApiError } from '@/lib/api-client';

/**
 * The record as it is now, when a save was refused because someone else saved first
 * (409 `contact_version_conflict` carries it as `current`); otherwise undefined.
 */
export function versionConflictCurrent(error: unknown): ContactDetail | undefined {
  if (!isApiError(error) || error.code !== 'contact_version_conflict') return undefined;
  const current: unknown = 'current' in error.body ? error.body.current : undefined;
  const parsed = contactDetailSchema.safeParse(current);
  return parsed.success ? parsed.data : undefined;
}
