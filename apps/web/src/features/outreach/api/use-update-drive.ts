import type { DriveDetail, UpdateDriveInput } from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { storeSavedDrive } from './drive-cache';
import { versionConflictCurrent } from './drive-version-conflict';
import { drivePath } from './use-drive';

export interface UpdateDriveVariables {
  id: string;
  /** Only the changed fields, and the version they were read at. */
  changes: UpdateDriveInput;
}

export function updateDrive({ id, changes }: UpdateDriveVariables): Promise<DriveDetail> {
  return apiRequest<DriveDetail>(drivePath(id), { method: 'PATCH', body: changes });
}

export function useUpdateDrive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDrive,
    onSuccess: (drive) => storeSavedDrive(queryClient, drive),
    onError: (error) => {
      // A refused stale save still tells us the drive as it is now: show that everywhere.
      const current = versionConflictCurrent(error);
      if (current) storeSavedDrive(queryClient, current);
    },
  });
}
