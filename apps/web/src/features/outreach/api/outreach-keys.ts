import type { CommitmentListQuery } from '@coalition/contracts';
import type { NameListView } from '@/lib/name-list-query';
import type { OutreachActivityView } from './use-outreach-activity';
import type { TargetListView } from './use-targets';

/** Every query key of this feature, so a logged outcome can refresh all it moves at once. */
export const outreachKeys = {
  all: ['outreach'] as const,
  lists: () => [...outreachKeys.all, 'list'] as const,
  list: (query: NameListView) => [...outreachKeys.lists(), query] as const,
  details: () => [...outreachKeys.all, 'detail'] as const,
  detail: (id: string) => [...outreachKeys.details(), id] as const,
  // Beside the details, not under them: `details()` holds drives only.
  targets: (driveId: string, query?: TargetListView) =>
    [...outreachKeys.all, 'targets', driveId, ...(query ? [query] : [])] as const,
  /** The caller's queue: the next target, passing over the ones set aside. */
  next: (driveId: string, skip?: readonly string[]) =>
    [...outreachKeys.all, 'next', driveId, ...(skip ? [skip] : [])] as const,
  commitments: (driveId: string, query?: CommitmentListQuery) =>
    [...outreachKeys.all, 'commitments', driveId, ...(query ? [query] : [])] as const,
  callers: () => [...outreachKeys.all, 'callers'] as const,
  activity: (query?: OutreachActivityView) =>
    [...outreachKeys.all, 'activity', ...(query ? [query] : [])] as const,
  /** What the new-drive form picks from: segments matching what is typed, and one by id. */
  segmentChoices: (q: string) => [...outreachKeys.all, 'segment-choices', q] as const,
  segment: (id: string) => [...outreachKeys.all, 'segment', id] as const,
};
