import type { SegmentDetail, VersionedAction } from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { storeSavedSegment } from './segment-cache';
import { versionConflictCurrent } from './segment-version-conflict';
import { segmentPath } from './use-segment';

export interface SetSegmentArchivedVariables {
  id: string;
  version: number;
  /** true archives (hides it from the list), false restores it. */
  archived: boolean;
}

export function setSegmentArchived({
  id,
  version,
  archived,
}: SetSegmentArchivedVariables): Promise<SegmentDetail> {
  const body: VersionedAction = { version };
  return apiRequest<SegmentDetail>(`${segmentPath(id)}/${archived ? 'archive' : 'restore'}`, {
    method: 'POST',
    body,
  });
}

export function useSetSegmentArchived() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setSegmentArchived,
    onSuccess: (segment) => storeSavedSegment(queryClient, segment),
    onError: (error) => {
      const current = versionConflictCurrent(error);
      if (current) storeSavedSegment(queryClient, current);
    },
  });
}
