import type { SegmentDetail, UpdateSegmentInput } from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { storeSavedSegment } from './segment-cache';
import { versionConflictCurrent } from './segment-version-conflict';
import { segmentPath } from './use-segment';

export interface UpdateSegmentVariables {
  id: string;
  /** Only the changed fields, and the version they were read at. */
  changes: UpdateSegmentInput;
}

export function updateSegment({ id, changes }: UpdateSegmentVariables): Promise<SegmentDetail> {
  return apiRequest<SegmentDetail>(segmentPath(id), { method: 'PATCH', body: changes });
}

export function useUpdateSegment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSegment,
    onSuccess: (segment) => storeSavedSegment(queryClient, segment),
    onError: (error) => {
      // A refused stale save still tells us the segment as it is now: show that everywhere.
      const current = versionConflictCurrent(error);
      if (current) storeSavedSegment(queryClient, current);
    },
  });
}
