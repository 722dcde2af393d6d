import { type DriveDetail, driveDetailSchema } from '@coalition/contracts';
import { isApiError } from '@/lib/api-client';

/**
 * The drive as it is now, when a save was refused because someone else saved first (409 with
 * the current drive as `current`); otherwise undefined.
 */
export function versionConflictCurrent(error: unknown): DriveDetail | undefined {
  if (!isApiError(error) || error.statusCode !== 409) return undefined;
  const current: unknown = 'current' in error.body ? error.body.current : undefined;
  const parsed = driveDetailSchema.safeParse(current);
  return parsed.success ? parsed.data : undefined;
}
