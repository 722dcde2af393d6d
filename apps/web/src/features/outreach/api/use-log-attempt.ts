import type { LogAttemptInput, Target } from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { refreshDriveWork } from './drive-cache';

export interface LogAttemptVariables {
  target: Pick<Target, 'id' | 'driveId'>;
  attempt: LogAttemptInput;
}

export function logAttempt({ target, attempt }: LogAttemptVariables): Promise<Target> {
  return apiRequest<Target>(`/outreach/targets/${encodeURIComponent(target.id)}/attempts`, {
    method: 'POST',
    body: attempt,
  });
}

/** One outcome logged; the drive's progress and commitments are read again in the background. */
export function useLogAttempt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logAttempt,
    onSuccess: (_saved, { target }) => void refreshDriveWork(queryClient, target.driveId),
  });
}
