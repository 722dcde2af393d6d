import type { AssignmentInput, AssignmentResult } from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { refreshDriveWork } from './drive-cache';
import { drivePath } from './use-drive';

export interface AssignTargetsVariables {
  driveId: string;
  assignment: AssignmentInput;
}

export function assignTargets({ driveId, assignment }: AssignTargetsVariables) {
  return apiRequest<AssignmentResult>(`${drivePath(driveId)}/assignments`, {
    method: 'POST',
    body: assignment,
  });
}

/** An even split or a manual assignment; the drive's numbers per organizer move with it. */
export function useAssignTargets() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: assignTargets,
    onSuccess: (_result, { driveId }) => refreshDriveWork(queryClient, driveId),
  });
}
