import { type SegmentDetail, segmentDetailSchema } from '@coalition/contracts';
import { isApiError } from '@/lib/api-client';

/**
 * The segment as it is now, when a save was refused because someone else saved first
 * (409 `segment_version_conflict` carries it as `current`); otherwise undefined.
 */
export function versionConflictCurrent(error: unknown): SegmentDetail | undefined {
  if (!isApiError(error) || error.code !== 'segment_version_conflict') return undefined;
  const current: unknown = 'current' in error.body ? error.body.current : undefined;
  const parsed = segmentDetailSchema.safeParse(current);
  return parsed.success ? parsed.data : undefined;
}
