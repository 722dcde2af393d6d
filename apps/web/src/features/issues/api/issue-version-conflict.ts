import { type IssueDetail, issueDetailSchema } from '@coalition/contracts';
import { isApiError } from '@/lib/api-client';

/**
 * The issue as it is now, when a save was refused because someone else saved first
 * (409 `issue_version_conflict` carries it as `current`); otherwise undefined.
 */
export function issueVersionConflictCurrent(error: unknown): IssueDetail | undefined {
  if (!isApiError(error) || error.code !== 'issue_version_conflict') return undefined;
  const current: unknown = 'current' in error.body ? error.body.current : undefined;
  const parsed = issueDetailSchema.safeParse(current);
  return parsed.success ? parsed.data : undefined;
}
